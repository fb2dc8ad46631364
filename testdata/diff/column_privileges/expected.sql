SET check_function_bodies = off;

GRANT SELECT ("Secret Note") ON TABLE app.person TO "rt colpriv ""audit""";

GRANT REFERENCES (id) ON TABLE app.person TO "rt colpriv ""audit""";

REVOKE GRANT OPTION FOR UPDATE (name) ON TABLE app.person FROM rt_colpriv_app;

GRANT SELECT (salary) ON TABLE app.person TO rt_colpriv_app;

SET check_function_bodies = off;

REVOKE SELECT ("Secret Note") ON TABLE app.person FROM "rt colpriv ""audit""";

REVOKE REFERENCES (id) ON TABLE app.person FROM "rt colpriv ""audit""";

GRANT UPDATE (name) ON TABLE app.person TO rt_colpriv_app WITH GRANT OPTION;

REVOKE SELECT (salary) ON TABLE app.person FROM rt_colpriv_app;

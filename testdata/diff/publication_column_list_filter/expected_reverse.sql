SET check_function_bodies = off;

ALTER PUBLICATION eu_pub SET
    TABLE app.customer (id, name, region) WHERE (region = 'eu'::text),
    app.orders;

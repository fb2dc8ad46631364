SET check_function_bodies = off;

ALTER PUBLICATION eu_pub SET
    TABLE app.customer (id, name, email, region) WHERE (region = ANY (ARRAY['eu'::text, 'uk'::text])),
    app.orders WHERE (status <> 'draft'::text);

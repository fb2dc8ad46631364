DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_stat_owner') THEN
        CREATE ROLE rt_stat_owner NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;

CREATE TABLE app.address (
    id integer PRIMARY KEY,
    city text,
    zip text,
    country text
);

CREATE TABLE app.old_address (
    city text,
    zip text
);

CREATE STATISTICS app.address_city_zip (ndistinct) ON city, zip FROM app.address;

CREATE STATISTICS app.address_zip_country ON zip, country FROM app.address;

CREATE STATISTICS app.old_address_stats ON city, zip FROM app.old_address;

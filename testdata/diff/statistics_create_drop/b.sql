-- Extended statistics: kinds changed (drop and re-create), owner, comment
-- and target changed in place, one created, one dropped with its table.
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

CREATE STATISTICS app.address_city_zip (ndistinct, dependencies) ON city, zip FROM app.address;

CREATE STATISTICS app.address_zip_country ON zip, country FROM app.address;
ALTER STATISTICS app.address_zip_country SET STATISTICS 500;
ALTER STATISTICS app.address_zip_country OWNER TO rt_stat_owner;
COMMENT ON STATISTICS app.address_zip_country IS 'Zip codes repeat across countries.';

CREATE STATISTICS app.address_city_country (mcv) ON city, country FROM app.address;

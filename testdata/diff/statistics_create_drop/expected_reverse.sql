SET check_function_bodies = off;

DROP STATISTICS app.address_city_country;

DROP STATISTICS app.address_city_zip;

CREATE TABLE app.old_address (
    city text,
    zip text
);

ALTER TABLE app.old_address OWNER TO postgres;

CREATE STATISTICS app.address_city_zip (ndistinct) ON city, zip FROM app.address;

ALTER STATISTICS app.address_city_zip OWNER TO postgres;

ALTER STATISTICS app.address_zip_country SET STATISTICS -1;

COMMENT ON STATISTICS app.address_zip_country IS NULL;

ALTER STATISTICS app.address_zip_country OWNER TO postgres;

CREATE STATISTICS app.old_address_stats ON city, zip FROM app.old_address;

ALTER STATISTICS app.old_address_stats OWNER TO postgres;

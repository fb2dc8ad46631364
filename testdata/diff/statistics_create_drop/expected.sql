SET check_function_bodies = off;

DROP STATISTICS app.address_city_zip;

DROP TABLE app.old_address;

CREATE STATISTICS app.address_city_country (mcv) ON city, country FROM app.address;

ALTER STATISTICS app.address_city_country OWNER TO postgres;

CREATE STATISTICS app.address_city_zip (ndistinct, dependencies) ON city, zip FROM app.address;

ALTER STATISTICS app.address_city_zip OWNER TO postgres;

ALTER STATISTICS app.address_zip_country SET STATISTICS 500;

COMMENT ON STATISTICS app.address_zip_country IS 'Zip codes repeat across countries.';

ALTER STATISTICS app.address_zip_country OWNER TO rt_stat_owner;

-- A shop with customers only.
CREATE SCHEMA shop;

CREATE TABLE shop.customer (
    id bigint PRIMARY KEY,
    email text NOT NULL UNIQUE
);

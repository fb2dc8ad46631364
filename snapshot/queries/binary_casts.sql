-- Implicit casts that need no function (binary coercible), such as
-- varchar to text: a varchar column's default btree class is text_ops.
SELECT castsource AS source, casttarget AS target
FROM pg_catalog.pg_cast
WHERE castmethod = 'b' AND castcontext = 'i'

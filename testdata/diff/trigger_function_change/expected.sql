SET check_function_bodies = off;
SET standard_conforming_strings = on;

CREATE OR REPLACE FUNCTION app.count_words()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.words := coalesce(array_length(regexp_split_to_array(trim(NEW.body), '\s+'), 1), 0);
    RETURN NEW;
END
$function$;

SET check_function_bodies = off;

CREATE OR REPLACE FUNCTION app.count_words()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.words := array_length(regexp_split_to_array(NEW.body, ' '), 1);
    RETURN NEW;
END
$function$;

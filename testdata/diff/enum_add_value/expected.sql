SET check_function_bodies = off;

ALTER TYPE app.mood ADD VALUE 'furious' BEFORE 'sad';

ALTER TYPE app.mood ADD VALUE 'meh' AFTER 'sad';

ALTER TYPE app.mood ADD VALUE 'ecstatic' AFTER 'happy';

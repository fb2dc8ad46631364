SET check_function_bodies = off;

DROP MATERIALIZED VIEW app.kept_ids;

DROP VIEW app.gone_label_count;

DROP VIEW app.gone_labels;

DROP TABLE app.gone;

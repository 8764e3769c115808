"""forum_cjk_bigrams(text): the text with each run of Chinese (or Japanese) characters
written as its overlapping pairs of characters ("頭痛三天" as "頭痛 痛三 三天"), the rest
unchanged. PostgreSQL's parsers take a whole run of such characters for one word; as pairs,
a search for any two or more characters of it finds it. PostgreSQL only."""

from django.db import migrations

HAN = r"\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

CREATE = rf"""
CREATE OR REPLACE FUNCTION forum_cjk_bigrams(doc text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE WHEN doc !~ '[{HAN}]' THEN doc ELSE (
        SELECT string_agg(
            CASE WHEN length(part[1]) > 1 AND part[1] ~ '^[{HAN}]'
            THEN (SELECT string_agg(substr(part[1], i, 2), ' ' ORDER BY i)
                  FROM generate_series(1, length(part[1]) - 1) AS i)
            ELSE part[1] END,
            ' ' ORDER BY n)
        FROM regexp_matches(doc, '[{HAN}]+|[^{HAN}]+', 'g') WITH ORDINALITY AS found(part, n)
    ) END
$$
"""
DROP = "DROP FUNCTION IF EXISTS forum_cjk_bigrams(text)"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("qa", "0020_two_languages")]

    operations = [migrations.RunPython(create, drop)]

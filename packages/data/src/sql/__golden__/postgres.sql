-- profile and row-level checks (one scan)
-- params: [0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.3,"ok","'; DROP TABLE keep; --","^'; DROP TABLE keep; --$",1704067200000]
SELECT
  count(*) AS rows,
  count(CAST("id" AS double precision)) AS c0,
  min(CAST("id" AS double precision)) AS mn0,
  max(CAST("id" AS double precision)) AS mx0,
  avg(CAST("id" AS double precision)) AS av0,
  stddev_samp(CAST("id" AS double precision)) AS sd0,
  percentile_cont(ARRAY[CAST($1 AS double precision), CAST($2 AS double precision), CAST($3 AS double precision), CAST($4 AS double precision), CAST($5 AS double precision), CAST($6 AS double precision), CAST($7 AS double precision)]) WITHIN GROUP (ORDER BY CAST("id" AS double precision)) AS qs0,
  count(NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision))) AS c1,
  min(NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision))) AS mn1,
  max(NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision))) AS mx1,
  avg(NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision))) AS av1,
  stddev_samp(NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision))) AS sd1,
  percentile_cont(ARRAY[CAST($8 AS double precision), CAST($9 AS double precision), CAST($10 AS double precision), CAST($11 AS double precision), CAST($12 AS double precision), CAST($13 AS double precision), CAST($14 AS double precision)]) WITHIN GROUP (ORDER BY NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision))) AS qs1,
  count(CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision)) AS c2,
  min(CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision)) AS mn2,
  max(CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision)) AS mx2,
  avg(CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision)) AS av2,
  stddev_samp(CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision)) AS sd2,
  percentile_cont(ARRAY[CAST($15 AS double precision), CAST($16 AS double precision), CAST($17 AS double precision), CAST($18 AS double precision), CAST($19 AS double precision), CAST($20 AS double precision), CAST($21 AS double precision)]) WITHIN GROUP (ORDER BY CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision)) AS qs2,
  count("flag") AS c3,
  avg(CAST(CAST("flag" AS integer) AS double precision)) AS av3,
  stddev_samp(CAST(CAST("flag" AS integer) AS double precision)) AS sd3,
  count(CAST("x""; DROP TABLE keep; --" AS text)) AS c4,
  min((CAST("x""; DROP TABLE keep; --" AS text) COLLATE "C")) AS mn4,
  max((CAST("x""; DROP TABLE keep; --" AS text) COLLATE "C")) AS mx4,
  min(char_length(CAST("x""; DROP TABLE keep; --" AS text))) AS ln4,
  max(char_length(CAST("x""; DROP TABLE keep; --" AS text))) AS lx4,
  percentile_cont(CAST($22 AS double precision)) WITHIN GROUP (ORDER BY NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision))) AS q0,
  count(CASE WHEN CAST("x""; DROP TABLE keep; --" AS text) IS NOT NULL AND NOT (CAST("x""; DROP TABLE keep; --" AS text) IN (CAST($23 AS text), CAST($24 AS text))) THEN 1 END) AS b0,
  count(CASE WHEN CAST("x""; DROP TABLE keep; --" AS text) IS NOT NULL AND NOT (CAST("x""; DROP TABLE keep; --" AS text) ~ CAST($25 AS text)) THEN 1 END) AS b1,
  count(CASE WHEN CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) IS NOT NULL AND NOT (CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) >= CAST($26 AS double precision)) THEN 1 END) AS b2
FROM "public"."x""; DROP TABLE keep; --";

-- value counts of id, amount, ts, flag, x"; DROP TABLE keep; -- (one scan)
-- params: []
SELECT g, f0, f1, f2, f3, f4, n, groups FROM (
  SELECT g, f0, f1, f2, f3, f4, n,
    row_number() OVER (PARTITION BY g ORDER BY n DESC, f0, f1, f2, f3, (f4 COLLATE "C")) AS rn,
    count(*) OVER (PARTITION BY g) AS groups
  FROM (
    SELECT GROUPING(f0, f1, f2, f3, f4) AS g, f0, f1, f2, f3, f4, count(*) AS n
    FROM (SELECT CAST("id" AS double precision) AS f0, NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision)) AS f1, CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) AS f2, "flag" AS f3, CAST("x""; DROP TABLE keep; --" AS text) AS f4 FROM "public"."x""; DROP TABLE keep; --") AS v
    GROUP BY GROUPING SETS ((f0), (f1), (f2), (f3), (f4))
  ) AS counted
) AS ranked
WHERE rn <= CASE g WHEN 15 THEN 6 WHEN 23 THEN 6 WHEN 27 THEN 6 WHEN 29 THEN 6 WHEN 30 THEN 10002 END;

-- duplicate rows (one scan)
-- params: []
SELECT count(*) AS distinct_rows FROM (SELECT DISTINCT CAST("id" AS double precision), NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision)), CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision), "flag", CAST("x""; DROP TABLE keep; --" AS text) FROM "public"."x""; DROP TABLE keep; --") AS d;

-- unique id + x"; DROP TABLE keep; -- (one scan)
-- params: []
SELECT COALESCE(sum(n), 0) AS keys, COALESCE(sum(CASE WHEN n > 1 THEN n ELSE 0 END), 0) AS unexpected, count(CASE WHEN n > 1 THEN 1 END) AS repeated_keys
FROM (SELECT count(*) AS n FROM "public"."x""; DROP TABLE keep; --" WHERE NOT (CAST("id" AS double precision) IS NULL AND CAST("x""; DROP TABLE keep; --" AS text) IS NULL) GROUP BY CAST("id" AS double precision), CAST("x""; DROP TABLE keep; --" AS text)) AS k;

-- failing values of x"; DROP TABLE keep; --
-- params: ["ok","'; DROP TABLE keep; --"]
SELECT CAST("x""; DROP TABLE keep; --" AS text) AS value, count(*) AS n FROM "public"."x""; DROP TABLE keep; --" WHERE CAST("x""; DROP TABLE keep; --" AS text) IS NOT NULL AND NOT (CAST("x""; DROP TABLE keep; --" AS text) IN (CAST($1 AS text), CAST($2 AS text))) GROUP BY CAST("x""; DROP TABLE keep; --" AS text) ORDER BY n DESC, (CAST("x""; DROP TABLE keep; --" AS text) COLLATE "C") LIMIT 10;

-- first failing rows of x"; DROP TABLE keep; --
-- params: ["ok","'; DROP TABLE keep; --"]
SELECT CAST("x""; DROP TABLE keep; --" AS text) AS value FROM "public"."x""; DROP TABLE keep; --" WHERE CAST("x""; DROP TABLE keep; --" AS text) IS NOT NULL AND NOT (CAST("x""; DROP TABLE keep; --" AS text) IN (CAST($1 AS text), CAST($2 AS text))) LIMIT 20;

-- failing values of x"; DROP TABLE keep; --
-- params: ["^'; DROP TABLE keep; --$"]
SELECT CAST("x""; DROP TABLE keep; --" AS text) AS value, count(*) AS n FROM "public"."x""; DROP TABLE keep; --" WHERE CAST("x""; DROP TABLE keep; --" AS text) IS NOT NULL AND NOT (CAST("x""; DROP TABLE keep; --" AS text) ~ CAST($1 AS text)) GROUP BY CAST("x""; DROP TABLE keep; --" AS text) ORDER BY n DESC, (CAST("x""; DROP TABLE keep; --" AS text) COLLATE "C") LIMIT 10;

-- first failing rows of x"; DROP TABLE keep; --
-- params: ["^'; DROP TABLE keep; --$"]
SELECT CAST("x""; DROP TABLE keep; --" AS text) AS value FROM "public"."x""; DROP TABLE keep; --" WHERE CAST("x""; DROP TABLE keep; --" AS text) IS NOT NULL AND NOT (CAST("x""; DROP TABLE keep; --" AS text) ~ CAST($1 AS text)) LIMIT 20;

-- failing values of ts
-- params: [1704067200000]
SELECT CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) AS value, count(*) AS n FROM "public"."x""; DROP TABLE keep; --" WHERE CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) IS NOT NULL AND NOT (CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) >= CAST($1 AS double precision)) GROUP BY CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) ORDER BY n DESC, CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) LIMIT 10;

-- first failing rows of ts
-- params: [1704067200000]
SELECT CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) AS value FROM "public"."x""; DROP TABLE keep; --" WHERE CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) IS NOT NULL AND NOT (CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) >= CAST($1 AS double precision)) LIMIT 20;

-- profile and row-level checks (one scan)
-- params: ["'; DROP TABLE keep; --","ok","a",1.5,1704067200000,1,"m",0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.5,1704067200000]
SELECT
  count(*) AS rows,
  count(CAST("id" AS double precision)) AS c0,
  min(CAST("id" AS double precision)) AS mn0,
  max(CAST("id" AS double precision)) AS mx0,
  avg(CAST("id" AS double precision)) AS av0,
  stddev_samp(CAST("id" AS double precision)) AS sd0,
  percentile_cont(ARRAY[CAST($8 AS double precision), CAST($9 AS double precision), CAST($10 AS double precision), CAST($11 AS double precision), CAST($12 AS double precision), CAST($13 AS double precision), CAST($14 AS double precision)]) WITHIN GROUP (ORDER BY CAST("id" AS double precision)) AS qs0,
  count(NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision))) AS c1,
  min(NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision))) AS mn1,
  max(NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision))) AS mx1,
  avg(NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision))) AS av1,
  stddev_samp(NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision))) AS sd1,
  percentile_cont(ARRAY[CAST($15 AS double precision), CAST($16 AS double precision), CAST($17 AS double precision), CAST($18 AS double precision), CAST($19 AS double precision), CAST($20 AS double precision), CAST($21 AS double precision)]) WITHIN GROUP (ORDER BY NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision))) AS qs1,
  count(CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision)) AS c2,
  min(CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision)) AS mn2,
  max(CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision)) AS mx2,
  avg(CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision)) AS av2,
  stddev_samp(CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision)) AS sd2,
  percentile_cont(ARRAY[CAST($22 AS double precision), CAST($23 AS double precision), CAST($24 AS double precision), CAST($25 AS double precision), CAST($26 AS double precision), CAST($27 AS double precision), CAST($28 AS double precision)]) WITHIN GROUP (ORDER BY CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision)) AS qs2,
  count("flag") AS c3,
  avg(CAST(CAST("flag" AS integer) AS double precision)) AS av3,
  stddev_samp(CAST(CAST("flag" AS integer) AS double precision)) AS sd3,
  count(CAST("x""; DROP TABLE keep; --" AS text)) AS c4,
  min((CAST("x""; DROP TABLE keep; --" AS text) COLLATE "C")) AS mn4,
  max((CAST("x""; DROP TABLE keep; --" AS text) COLLATE "C")) AS mx4,
  min(char_length(CAST("x""; DROP TABLE keep; --" AS text))) AS ln4,
  max(char_length(CAST("x""; DROP TABLE keep; --" AS text))) AS lx4,
  percentile_cont(CAST($29 AS double precision)) WITHIN GROUP (ORDER BY NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision))) AS q0,
  count(CASE WHEN CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) IS NOT NULL AND NOT (CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) >= CAST($30 AS double precision)) THEN 1 END) AS b0
FROM (SELECT * FROM "public"."x""; DROP TABLE keep; --" WHERE ((((((COALESCE(CAST("x""; DROP TABLE keep; --" AS text) = CAST($1 AS text), FALSE) OR (COALESCE(CAST("x""; DROP TABLE keep; --" AS text) = CAST($2 AS text), FALSE) OR COALESCE(CAST("x""; DROP TABLE keep; --" AS text) = CAST($3 AS text), FALSE))) AND (NOT (COALESCE(NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision)) < CAST($4 AS double precision), FALSE) OR (NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision)) IS NULL)))) AND COALESCE(CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) >= CAST($5 AS double precision), FALSE)) AND COALESCE(CAST(CAST("flag" AS integer) AS double precision) <> CAST($6 AS double precision), TRUE)) AND COALESCE(CAST("id" AS double precision) > NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision)), FALSE)) AND COALESCE((CAST("x""; DROP TABLE keep; --" AS text) COLLATE "C") > CAST($7 AS text), FALSE))) AS "mlship_rows";

-- failing values of ts
-- params: ["'; DROP TABLE keep; --","ok","a",1.5,1704067200000,1,"m",1704067200000]
SELECT CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) AS value, count(*) AS n FROM (SELECT * FROM "public"."x""; DROP TABLE keep; --" WHERE ((((((COALESCE(CAST("x""; DROP TABLE keep; --" AS text) = CAST($1 AS text), FALSE) OR (COALESCE(CAST("x""; DROP TABLE keep; --" AS text) = CAST($2 AS text), FALSE) OR COALESCE(CAST("x""; DROP TABLE keep; --" AS text) = CAST($3 AS text), FALSE))) AND (NOT (COALESCE(NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision)) < CAST($4 AS double precision), FALSE) OR (NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision)) IS NULL)))) AND COALESCE(CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) >= CAST($5 AS double precision), FALSE)) AND COALESCE(CAST(CAST("flag" AS integer) AS double precision) <> CAST($6 AS double precision), TRUE)) AND COALESCE(CAST("id" AS double precision) > NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision)), FALSE)) AND COALESCE((CAST("x""; DROP TABLE keep; --" AS text) COLLATE "C") > CAST($7 AS text), FALSE))) AS "mlship_rows" WHERE CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) IS NOT NULL AND NOT (CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) >= CAST($8 AS double precision)) GROUP BY CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) ORDER BY n DESC, CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) LIMIT 10;

-- first failing rows of ts
-- params: ["'; DROP TABLE keep; --","ok","a",1.5,1704067200000,1,"m",1704067200000]
SELECT CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) AS value FROM (SELECT * FROM "public"."x""; DROP TABLE keep; --" WHERE ((((((COALESCE(CAST("x""; DROP TABLE keep; --" AS text) = CAST($1 AS text), FALSE) OR (COALESCE(CAST("x""; DROP TABLE keep; --" AS text) = CAST($2 AS text), FALSE) OR COALESCE(CAST("x""; DROP TABLE keep; --" AS text) = CAST($3 AS text), FALSE))) AND (NOT (COALESCE(NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision)) < CAST($4 AS double precision), FALSE) OR (NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision)) IS NULL)))) AND COALESCE(CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) >= CAST($5 AS double precision), FALSE)) AND COALESCE(CAST(CAST("flag" AS integer) AS double precision) <> CAST($6 AS double precision), TRUE)) AND COALESCE(CAST("id" AS double precision) > NULLIF(CAST("amount" AS double precision), CAST('NaN' AS double precision)), FALSE)) AND COALESCE((CAST("x""; DROP TABLE keep; --" AS text) COLLATE "C") > CAST($7 AS text), FALSE))) AS "mlship_rows" WHERE CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) IS NOT NULL AND NOT (CAST(EXTRACT(EPOCH FROM "ts") * 1000 AS double precision) >= CAST($8 AS double precision)) LIMIT 20;

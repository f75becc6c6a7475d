-- profile and row-level checks (one scan)
-- params: ["'; DROP TABLE keep; --","ok","a",1.5,1704067200000,1,"m",0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.5,1704067200000]
SELECT
  count(*) AS rows,
  count(CAST("id" AS DOUBLE)) AS c0,
  min(CAST("id" AS DOUBLE)) AS mn0,
  max(CAST("id" AS DOUBLE)) AS mx0,
  avg(CAST("id" AS DOUBLE)) AS av0,
  stddev_samp(CAST("id" AS DOUBLE)) AS sd0,
  quantile_cont(CAST("id" AS DOUBLE), [CAST($8 AS DOUBLE), CAST($9 AS DOUBLE), CAST($10 AS DOUBLE), CAST($11 AS DOUBLE), CAST($12 AS DOUBLE), CAST($13 AS DOUBLE), CAST($14 AS DOUBLE)]) AS qs0,
  count(NULLIF(CAST("amount" AS DOUBLE), CAST('NaN' AS DOUBLE))) AS c1,
  min(NULLIF(CAST("amount" AS DOUBLE), CAST('NaN' AS DOUBLE))) AS mn1,
  max(NULLIF(CAST("amount" AS DOUBLE), CAST('NaN' AS DOUBLE))) AS mx1,
  avg(NULLIF(CAST("amount" AS DOUBLE), CAST('NaN' AS DOUBLE))) AS av1,
  stddev_samp(NULLIF(CAST("amount" AS DOUBLE), CAST('NaN' AS DOUBLE))) AS sd1,
  quantile_cont(NULLIF(CAST("amount" AS DOUBLE), CAST('NaN' AS DOUBLE)), [CAST($15 AS DOUBLE), CAST($16 AS DOUBLE), CAST($17 AS DOUBLE), CAST($18 AS DOUBLE), CAST($19 AS DOUBLE), CAST($20 AS DOUBLE), CAST($21 AS DOUBLE)]) AS qs1,
  count((epoch_us("ts") / 1000.0)) AS c2,
  min((epoch_us("ts") / 1000.0)) AS mn2,
  max((epoch_us("ts") / 1000.0)) AS mx2,
  avg((epoch_us("ts") / 1000.0)) AS av2,
  stddev_samp((epoch_us("ts") / 1000.0)) AS sd2,
  quantile_cont((epoch_us("ts") / 1000.0), [CAST($22 AS DOUBLE), CAST($23 AS DOUBLE), CAST($24 AS DOUBLE), CAST($25 AS DOUBLE), CAST($26 AS DOUBLE), CAST($27 AS DOUBLE), CAST($28 AS DOUBLE)]) AS qs2,
  count("flag") AS c3,
  avg(CAST(CAST("flag" AS INTEGER) AS DOUBLE)) AS av3,
  stddev_samp(CAST(CAST("flag" AS INTEGER) AS DOUBLE)) AS sd3,
  count(CAST("x""; DROP TABLE keep; --" AS VARCHAR)) AS c4,
  min(CAST("x""; DROP TABLE keep; --" AS VARCHAR)) AS mn4,
  max(CAST("x""; DROP TABLE keep; --" AS VARCHAR)) AS mx4,
  min(length(CAST("x""; DROP TABLE keep; --" AS VARCHAR))) AS ln4,
  max(length(CAST("x""; DROP TABLE keep; --" AS VARCHAR))) AS lx4,
  quantile_cont(NULLIF(CAST("amount" AS DOUBLE), CAST('NaN' AS DOUBLE)), CAST($29 AS DOUBLE)) AS q0,
  count(CASE WHEN (epoch_us("ts") / 1000.0) IS NOT NULL AND NOT ((epoch_us("ts") / 1000.0) >= CAST($30 AS DOUBLE)) THEN 1 END) AS b0
FROM (SELECT * FROM "public"."x""; DROP TABLE keep; --" WHERE ((((((COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) = CAST($1 AS VARCHAR), FALSE) OR (COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) = CAST($2 AS VARCHAR), FALSE) OR COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) = CAST($3 AS VARCHAR), FALSE))) AND (NOT (COALESCE(NULLIF(CAST("amount" AS DOUBLE), CAST('NaN' AS DOUBLE)) < CAST($4 AS DOUBLE), FALSE) OR (NULLIF(CAST("amount" AS DOUBLE), CAST('NaN' AS DOUBLE)) IS NULL)))) AND COALESCE((epoch_us("ts") / 1000.0) >= CAST($5 AS DOUBLE), FALSE)) AND COALESCE(CAST(CAST("flag" AS INTEGER) AS DOUBLE) <> CAST($6 AS DOUBLE), TRUE)) AND COALESCE(CAST("id" AS DOUBLE) > NULLIF(CAST("amount" AS DOUBLE), CAST('NaN' AS DOUBLE)), FALSE)) AND COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) > CAST($7 AS VARCHAR), FALSE))) AS "mlship_rows";

-- failing values of ts
-- params: ["'; DROP TABLE keep; --","ok","a",1.5,1704067200000,1,"m",1704067200000]
SELECT (epoch_us("ts") / 1000.0) AS value, count(*) AS n FROM (SELECT * FROM "public"."x""; DROP TABLE keep; --" WHERE ((((((COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) = CAST($1 AS VARCHAR), FALSE) OR (COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) = CAST($2 AS VARCHAR), FALSE) OR COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) = CAST($3 AS VARCHAR), FALSE))) AND (NOT (COALESCE(NULLIF(CAST("amount" AS DOUBLE), CAST('NaN' AS DOUBLE)) < CAST($4 AS DOUBLE), FALSE) OR (NULLIF(CAST("amount" AS DOUBLE), CAST('NaN' AS DOUBLE)) IS NULL)))) AND COALESCE((epoch_us("ts") / 1000.0) >= CAST($5 AS DOUBLE), FALSE)) AND COALESCE(CAST(CAST("flag" AS INTEGER) AS DOUBLE) <> CAST($6 AS DOUBLE), TRUE)) AND COALESCE(CAST("id" AS DOUBLE) > NULLIF(CAST("amount" AS DOUBLE), CAST('NaN' AS DOUBLE)), FALSE)) AND COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) > CAST($7 AS VARCHAR), FALSE))) AS "mlship_rows" WHERE (epoch_us("ts") / 1000.0) IS NOT NULL AND NOT ((epoch_us("ts") / 1000.0) >= CAST($8 AS DOUBLE)) GROUP BY (epoch_us("ts") / 1000.0) ORDER BY n DESC, (epoch_us("ts") / 1000.0) LIMIT 10;

-- first failing rows of ts
-- params: ["'; DROP TABLE keep; --","ok","a",1.5,1704067200000,1,"m",1704067200000]
SELECT (epoch_us("ts") / 1000.0) AS value FROM (SELECT * FROM "public"."x""; DROP TABLE keep; --" WHERE ((((((COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) = CAST($1 AS VARCHAR), FALSE) OR (COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) = CAST($2 AS VARCHAR), FALSE) OR COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) = CAST($3 AS VARCHAR), FALSE))) AND (NOT (COALESCE(NULLIF(CAST("amount" AS DOUBLE), CAST('NaN' AS DOUBLE)) < CAST($4 AS DOUBLE), FALSE) OR (NULLIF(CAST("amount" AS DOUBLE), CAST('NaN' AS DOUBLE)) IS NULL)))) AND COALESCE((epoch_us("ts") / 1000.0) >= CAST($5 AS DOUBLE), FALSE)) AND COALESCE(CAST(CAST("flag" AS INTEGER) AS DOUBLE) <> CAST($6 AS DOUBLE), TRUE)) AND COALESCE(CAST("id" AS DOUBLE) > NULLIF(CAST("amount" AS DOUBLE), CAST('NaN' AS DOUBLE)), FALSE)) AND COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) > CAST($7 AS VARCHAR), FALSE))) AS "mlship_rows" WHERE (epoch_us("ts") / 1000.0) IS NOT NULL AND NOT ((epoch_us("ts") / 1000.0) >= CAST($8 AS DOUBLE)) LIMIT 20;

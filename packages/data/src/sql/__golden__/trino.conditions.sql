-- profile and row-level checks (one scan)
-- params: ["'; DROP TABLE keep; --","ok","a",1.5,1704067200000,1,"m",0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.5,1704067200000]
SELECT
  count(*) AS rows,
  count(CAST("id" AS DOUBLE)) AS c0,
  min(CAST("id" AS DOUBLE)) AS mn0,
  max(CAST("id" AS DOUBLE)) AS mx0,
  avg(CAST("id" AS DOUBLE)) AS av0,
  stddev_samp(CAST("id" AS DOUBLE)) AS sd0,
  approx_percentile(CAST("id" AS DOUBLE), ARRAY[CAST(? /*p8*/ AS DOUBLE), CAST(? /*p9*/ AS DOUBLE), CAST(? /*p10*/ AS DOUBLE), CAST(? /*p11*/ AS DOUBLE), CAST(? /*p12*/ AS DOUBLE), CAST(? /*p13*/ AS DOUBLE), CAST(? /*p14*/ AS DOUBLE)]) AS qs0,
  count(IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE))) AS c1,
  min(IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE))) AS mn1,
  max(IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE))) AS mx1,
  avg(IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE))) AS av1,
  stddev_samp(IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE))) AS sd1,
  approx_percentile(IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE)), ARRAY[CAST(? /*p15*/ AS DOUBLE), CAST(? /*p16*/ AS DOUBLE), CAST(? /*p17*/ AS DOUBLE), CAST(? /*p18*/ AS DOUBLE), CAST(? /*p19*/ AS DOUBLE), CAST(? /*p20*/ AS DOUBLE), CAST(? /*p21*/ AS DOUBLE)]) AS qs1,
  count((to_unixtime("ts") * 1000)) AS c2,
  min((to_unixtime("ts") * 1000)) AS mn2,
  max((to_unixtime("ts") * 1000)) AS mx2,
  avg((to_unixtime("ts") * 1000)) AS av2,
  stddev_samp((to_unixtime("ts") * 1000)) AS sd2,
  approx_percentile((to_unixtime("ts") * 1000), ARRAY[CAST(? /*p22*/ AS DOUBLE), CAST(? /*p23*/ AS DOUBLE), CAST(? /*p24*/ AS DOUBLE), CAST(? /*p25*/ AS DOUBLE), CAST(? /*p26*/ AS DOUBLE), CAST(? /*p27*/ AS DOUBLE), CAST(? /*p28*/ AS DOUBLE)]) AS qs2,
  count("flag") AS c3,
  avg(CAST(CAST("flag" AS INTEGER) AS DOUBLE)) AS av3,
  stddev_samp(CAST(CAST("flag" AS INTEGER) AS DOUBLE)) AS sd3,
  count(CAST("x""; DROP TABLE keep; --" AS VARCHAR)) AS c4,
  min(CAST("x""; DROP TABLE keep; --" AS VARCHAR)) AS mn4,
  max(CAST("x""; DROP TABLE keep; --" AS VARCHAR)) AS mx4,
  min(length(CAST("x""; DROP TABLE keep; --" AS VARCHAR))) AS ln4,
  max(length(CAST("x""; DROP TABLE keep; --" AS VARCHAR))) AS lx4,
  approx_percentile(IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE)), CAST(? /*p29*/ AS DOUBLE)) AS q0,
  count(CASE WHEN (to_unixtime("ts") * 1000) IS NOT NULL AND NOT ((to_unixtime("ts") * 1000) >= CAST(? /*p30*/ AS DOUBLE)) THEN 1 END) AS b0
FROM (SELECT * FROM "public"."x""; DROP TABLE keep; --" WHERE ((((((COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) = CAST(? /*p1*/ AS VARCHAR), FALSE) OR (COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) = CAST(? /*p2*/ AS VARCHAR), FALSE) OR COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) = CAST(? /*p3*/ AS VARCHAR), FALSE))) AND (NOT (COALESCE(IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE)) < CAST(? /*p4*/ AS DOUBLE), FALSE) OR (IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE)) IS NULL)))) AND COALESCE((to_unixtime("ts") * 1000) >= CAST(? /*p5*/ AS DOUBLE), FALSE)) AND COALESCE(CAST(CAST("flag" AS INTEGER) AS DOUBLE) <> CAST(? /*p6*/ AS DOUBLE), TRUE)) AND COALESCE(CAST("id" AS DOUBLE) > IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE)), FALSE)) AND COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) > CAST(? /*p7*/ AS VARCHAR), FALSE))) AS "mlship_rows";

-- failing values of ts
-- params: ["'; DROP TABLE keep; --","ok","a",1.5,1704067200000,1,"m",1704067200000]
SELECT (to_unixtime("ts") * 1000) AS value, count(*) AS n FROM (SELECT * FROM "public"."x""; DROP TABLE keep; --" WHERE ((((((COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) = CAST(? /*p1*/ AS VARCHAR), FALSE) OR (COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) = CAST(? /*p2*/ AS VARCHAR), FALSE) OR COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) = CAST(? /*p3*/ AS VARCHAR), FALSE))) AND (NOT (COALESCE(IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE)) < CAST(? /*p4*/ AS DOUBLE), FALSE) OR (IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE)) IS NULL)))) AND COALESCE((to_unixtime("ts") * 1000) >= CAST(? /*p5*/ AS DOUBLE), FALSE)) AND COALESCE(CAST(CAST("flag" AS INTEGER) AS DOUBLE) <> CAST(? /*p6*/ AS DOUBLE), TRUE)) AND COALESCE(CAST("id" AS DOUBLE) > IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE)), FALSE)) AND COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) > CAST(? /*p7*/ AS VARCHAR), FALSE))) AS "mlship_rows" WHERE (to_unixtime("ts") * 1000) IS NOT NULL AND NOT ((to_unixtime("ts") * 1000) >= CAST(? /*p8*/ AS DOUBLE)) GROUP BY (to_unixtime("ts") * 1000) ORDER BY n DESC, (to_unixtime("ts") * 1000) LIMIT 10;

-- first failing rows of ts
-- params: ["'; DROP TABLE keep; --","ok","a",1.5,1704067200000,1,"m",1704067200000]
SELECT (to_unixtime("ts") * 1000) AS value FROM (SELECT * FROM "public"."x""; DROP TABLE keep; --" WHERE ((((((COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) = CAST(? /*p1*/ AS VARCHAR), FALSE) OR (COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) = CAST(? /*p2*/ AS VARCHAR), FALSE) OR COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) = CAST(? /*p3*/ AS VARCHAR), FALSE))) AND (NOT (COALESCE(IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE)) < CAST(? /*p4*/ AS DOUBLE), FALSE) OR (IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE)) IS NULL)))) AND COALESCE((to_unixtime("ts") * 1000) >= CAST(? /*p5*/ AS DOUBLE), FALSE)) AND COALESCE(CAST(CAST("flag" AS INTEGER) AS DOUBLE) <> CAST(? /*p6*/ AS DOUBLE), TRUE)) AND COALESCE(CAST("id" AS DOUBLE) > IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE)), FALSE)) AND COALESCE(CAST("x""; DROP TABLE keep; --" AS VARCHAR) > CAST(? /*p7*/ AS VARCHAR), FALSE))) AS "mlship_rows" WHERE (to_unixtime("ts") * 1000) IS NOT NULL AND NOT ((to_unixtime("ts") * 1000) >= CAST(? /*p8*/ AS DOUBLE)) LIMIT 20;

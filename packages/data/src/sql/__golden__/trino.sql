-- profile and row-level checks (one scan)
-- params: [0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.3,"ok","'; DROP TABLE keep; --","^'; DROP TABLE keep; --$",1704067200000]
SELECT
  count(*) AS rows,
  count(CAST("id" AS DOUBLE)) AS c0,
  min(CAST("id" AS DOUBLE)) AS mn0,
  max(CAST("id" AS DOUBLE)) AS mx0,
  avg(CAST("id" AS DOUBLE)) AS av0,
  stddev_samp(CAST("id" AS DOUBLE)) AS sd0,
  approx_percentile(CAST("id" AS DOUBLE), ARRAY[CAST(? /*p1*/ AS DOUBLE), CAST(? /*p2*/ AS DOUBLE), CAST(? /*p3*/ AS DOUBLE), CAST(? /*p4*/ AS DOUBLE), CAST(? /*p5*/ AS DOUBLE), CAST(? /*p6*/ AS DOUBLE), CAST(? /*p7*/ AS DOUBLE)]) AS qs0,
  count(IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE))) AS c1,
  min(IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE))) AS mn1,
  max(IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE))) AS mx1,
  avg(IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE))) AS av1,
  stddev_samp(IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE))) AS sd1,
  approx_percentile(IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE)), ARRAY[CAST(? /*p8*/ AS DOUBLE), CAST(? /*p9*/ AS DOUBLE), CAST(? /*p10*/ AS DOUBLE), CAST(? /*p11*/ AS DOUBLE), CAST(? /*p12*/ AS DOUBLE), CAST(? /*p13*/ AS DOUBLE), CAST(? /*p14*/ AS DOUBLE)]) AS qs1,
  count((to_unixtime("ts") * 1000)) AS c2,
  min((to_unixtime("ts") * 1000)) AS mn2,
  max((to_unixtime("ts") * 1000)) AS mx2,
  avg((to_unixtime("ts") * 1000)) AS av2,
  stddev_samp((to_unixtime("ts") * 1000)) AS sd2,
  approx_percentile((to_unixtime("ts") * 1000), ARRAY[CAST(? /*p15*/ AS DOUBLE), CAST(? /*p16*/ AS DOUBLE), CAST(? /*p17*/ AS DOUBLE), CAST(? /*p18*/ AS DOUBLE), CAST(? /*p19*/ AS DOUBLE), CAST(? /*p20*/ AS DOUBLE), CAST(? /*p21*/ AS DOUBLE)]) AS qs2,
  count("flag") AS c3,
  avg(CAST(CAST("flag" AS INTEGER) AS DOUBLE)) AS av3,
  stddev_samp(CAST(CAST("flag" AS INTEGER) AS DOUBLE)) AS sd3,
  count(CAST("x""; DROP TABLE keep; --" AS VARCHAR)) AS c4,
  min(CAST("x""; DROP TABLE keep; --" AS VARCHAR)) AS mn4,
  max(CAST("x""; DROP TABLE keep; --" AS VARCHAR)) AS mx4,
  min(length(CAST("x""; DROP TABLE keep; --" AS VARCHAR))) AS ln4,
  max(length(CAST("x""; DROP TABLE keep; --" AS VARCHAR))) AS lx4,
  approx_percentile(IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE)), CAST(? /*p22*/ AS DOUBLE)) AS q0,
  count(CASE WHEN CAST("x""; DROP TABLE keep; --" AS VARCHAR) IS NOT NULL AND NOT (CAST("x""; DROP TABLE keep; --" AS VARCHAR) IN (CAST(? /*p23*/ AS VARCHAR), CAST(? /*p24*/ AS VARCHAR))) THEN 1 END) AS b0,
  count(CASE WHEN CAST("x""; DROP TABLE keep; --" AS VARCHAR) IS NOT NULL AND NOT regexp_like(CAST("x""; DROP TABLE keep; --" AS VARCHAR), CAST(? /*p25*/ AS VARCHAR)) THEN 1 END) AS b1,
  count(CASE WHEN (to_unixtime("ts") * 1000) IS NOT NULL AND NOT ((to_unixtime("ts") * 1000) >= CAST(? /*p26*/ AS DOUBLE)) THEN 1 END) AS b2
FROM "public"."x""; DROP TABLE keep; --";

-- value counts of id, amount, ts, flag, x"; DROP TABLE keep; -- (one scan)
-- params: []
SELECT g, f0, f1, f2, f3, f4, n, groups FROM (
  SELECT g, f0, f1, f2, f3, f4, n,
    row_number() OVER (PARTITION BY g ORDER BY n DESC, f0, f1, f2, f3, f4) AS rn,
    count(*) OVER (PARTITION BY g) AS groups
  FROM (
    SELECT GROUPING(f0, f1, f2, f3, f4) AS g, f0, f1, f2, f3, f4, count(*) AS n
    FROM (SELECT CAST("id" AS DOUBLE) AS f0, IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE)) AS f1, (to_unixtime("ts") * 1000) AS f2, "flag" AS f3, CAST("x""; DROP TABLE keep; --" AS VARCHAR) AS f4 FROM "public"."x""; DROP TABLE keep; --") AS v
    GROUP BY GROUPING SETS ((f0), (f1), (f2), (f3), (f4))
  ) AS counted
) AS ranked
WHERE rn <= CASE g WHEN 15 THEN 6 WHEN 23 THEN 6 WHEN 27 THEN 6 WHEN 29 THEN 6 WHEN 30 THEN 10002 END;

-- duplicate rows (one scan)
-- params: []
SELECT count(*) AS distinct_rows FROM (SELECT DISTINCT CAST("id" AS DOUBLE), IF(is_nan(CAST("amount" AS DOUBLE)), NULL, CAST("amount" AS DOUBLE)), (to_unixtime("ts") * 1000), "flag", CAST("x""; DROP TABLE keep; --" AS VARCHAR) FROM "public"."x""; DROP TABLE keep; --") AS d;

-- unique id + x"; DROP TABLE keep; -- (one scan)
-- params: []
SELECT COALESCE(sum(n), 0) AS keys, COALESCE(sum(CASE WHEN n > 1 THEN n ELSE 0 END), 0) AS unexpected, count(CASE WHEN n > 1 THEN 1 END) AS repeated_keys
FROM (SELECT count(*) AS n FROM "public"."x""; DROP TABLE keep; --" WHERE NOT (CAST("id" AS DOUBLE) IS NULL AND CAST("x""; DROP TABLE keep; --" AS VARCHAR) IS NULL) GROUP BY CAST("id" AS DOUBLE), CAST("x""; DROP TABLE keep; --" AS VARCHAR)) AS k;

-- failing values of x"; DROP TABLE keep; --
-- params: ["ok","'; DROP TABLE keep; --"]
SELECT CAST("x""; DROP TABLE keep; --" AS VARCHAR) AS value, count(*) AS n FROM "public"."x""; DROP TABLE keep; --" WHERE CAST("x""; DROP TABLE keep; --" AS VARCHAR) IS NOT NULL AND NOT (CAST("x""; DROP TABLE keep; --" AS VARCHAR) IN (CAST(? /*p1*/ AS VARCHAR), CAST(? /*p2*/ AS VARCHAR))) GROUP BY CAST("x""; DROP TABLE keep; --" AS VARCHAR) ORDER BY n DESC, CAST("x""; DROP TABLE keep; --" AS VARCHAR) LIMIT 10;

-- first failing rows of x"; DROP TABLE keep; --
-- params: ["ok","'; DROP TABLE keep; --"]
SELECT CAST("x""; DROP TABLE keep; --" AS VARCHAR) AS value FROM "public"."x""; DROP TABLE keep; --" WHERE CAST("x""; DROP TABLE keep; --" AS VARCHAR) IS NOT NULL AND NOT (CAST("x""; DROP TABLE keep; --" AS VARCHAR) IN (CAST(? /*p1*/ AS VARCHAR), CAST(? /*p2*/ AS VARCHAR))) LIMIT 20;

-- failing values of x"; DROP TABLE keep; --
-- params: ["^'; DROP TABLE keep; --$"]
SELECT CAST("x""; DROP TABLE keep; --" AS VARCHAR) AS value, count(*) AS n FROM "public"."x""; DROP TABLE keep; --" WHERE CAST("x""; DROP TABLE keep; --" AS VARCHAR) IS NOT NULL AND NOT regexp_like(CAST("x""; DROP TABLE keep; --" AS VARCHAR), CAST(? /*p1*/ AS VARCHAR)) GROUP BY CAST("x""; DROP TABLE keep; --" AS VARCHAR) ORDER BY n DESC, CAST("x""; DROP TABLE keep; --" AS VARCHAR) LIMIT 10;

-- first failing rows of x"; DROP TABLE keep; --
-- params: ["^'; DROP TABLE keep; --$"]
SELECT CAST("x""; DROP TABLE keep; --" AS VARCHAR) AS value FROM "public"."x""; DROP TABLE keep; --" WHERE CAST("x""; DROP TABLE keep; --" AS VARCHAR) IS NOT NULL AND NOT regexp_like(CAST("x""; DROP TABLE keep; --" AS VARCHAR), CAST(? /*p1*/ AS VARCHAR)) LIMIT 20;

-- failing values of ts
-- params: [1704067200000]
SELECT (to_unixtime("ts") * 1000) AS value, count(*) AS n FROM "public"."x""; DROP TABLE keep; --" WHERE (to_unixtime("ts") * 1000) IS NOT NULL AND NOT ((to_unixtime("ts") * 1000) >= CAST(? /*p1*/ AS DOUBLE)) GROUP BY (to_unixtime("ts") * 1000) ORDER BY n DESC, (to_unixtime("ts") * 1000) LIMIT 10;

-- first failing rows of ts
-- params: [1704067200000]
SELECT (to_unixtime("ts") * 1000) AS value FROM "public"."x""; DROP TABLE keep; --" WHERE (to_unixtime("ts") * 1000) IS NOT NULL AND NOT ((to_unixtime("ts") * 1000) >= CAST(? /*p1*/ AS DOUBLE)) LIMIT 20;

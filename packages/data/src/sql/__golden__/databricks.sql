-- profile and row-level checks (one scan)
-- params: [0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.3,"ok","'; DROP TABLE keep; --","^'; DROP TABLE keep; --$",1704067200000]
SELECT
  count(*) AS rows,
  count(CAST(`id` AS DOUBLE)) AS c0,
  min(CAST(`id` AS DOUBLE)) AS mn0,
  max(CAST(`id` AS DOUBLE)) AS mx0,
  avg(CAST(`id` AS DOUBLE)) AS av0,
  stddev_samp(CAST(`id` AS DOUBLE)) AS sd0,
  percentile(CAST(`id` AS DOUBLE), array(CAST(:p1 AS DOUBLE), CAST(:p2 AS DOUBLE), CAST(:p3 AS DOUBLE), CAST(:p4 AS DOUBLE), CAST(:p5 AS DOUBLE), CAST(:p6 AS DOUBLE), CAST(:p7 AS DOUBLE))) AS qs0,
  count(NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE))) AS c1,
  min(NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE))) AS mn1,
  max(NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE))) AS mx1,
  avg(NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE))) AS av1,
  stddev_samp(NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE))) AS sd1,
  percentile(NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE)), array(CAST(:p8 AS DOUBLE), CAST(:p9 AS DOUBLE), CAST(:p10 AS DOUBLE), CAST(:p11 AS DOUBLE), CAST(:p12 AS DOUBLE), CAST(:p13 AS DOUBLE), CAST(:p14 AS DOUBLE))) AS qs1,
  count((unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0)) AS c2,
  min((unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0)) AS mn2,
  max((unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0)) AS mx2,
  avg((unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0)) AS av2,
  stddev_samp((unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0)) AS sd2,
  percentile((unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0), array(CAST(:p15 AS DOUBLE), CAST(:p16 AS DOUBLE), CAST(:p17 AS DOUBLE), CAST(:p18 AS DOUBLE), CAST(:p19 AS DOUBLE), CAST(:p20 AS DOUBLE), CAST(:p21 AS DOUBLE))) AS qs2,
  count(`flag`) AS c3,
  avg(CAST(CAST(`flag` AS INT) AS DOUBLE)) AS av3,
  stddev_samp(CAST(CAST(`flag` AS INT) AS DOUBLE)) AS sd3,
  count(CAST(`x"; DROP TABLE keep; --` AS STRING)) AS c4,
  min(CAST(`x"; DROP TABLE keep; --` AS STRING)) AS mn4,
  max(CAST(`x"; DROP TABLE keep; --` AS STRING)) AS mx4,
  min(char_length(CAST(`x"; DROP TABLE keep; --` AS STRING))) AS ln4,
  max(char_length(CAST(`x"; DROP TABLE keep; --` AS STRING))) AS lx4,
  percentile(NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE)), CAST(:p22 AS DOUBLE)) AS q0,
  count(CASE WHEN CAST(`x"; DROP TABLE keep; --` AS STRING) IS NOT NULL AND NOT (CAST(`x"; DROP TABLE keep; --` AS STRING) IN (CAST(:p23 AS STRING), CAST(:p24 AS STRING))) THEN 1 END) AS b0,
  count(CASE WHEN CAST(`x"; DROP TABLE keep; --` AS STRING) IS NOT NULL AND NOT (CAST(`x"; DROP TABLE keep; --` AS STRING) RLIKE CAST(:p25 AS STRING)) THEN 1 END) AS b1,
  count(CASE WHEN (unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) IS NOT NULL AND NOT ((unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) >= CAST(:p26 AS DOUBLE)) THEN 1 END) AS b2
FROM `public`.`x"; DROP TABLE keep; --`;

-- value counts of id, amount, ts, flag, x"; DROP TABLE keep; -- (one scan)
-- params: []
SELECT g, f0, f1, f2, f3, f4, n, groups FROM (
  SELECT g, f0, f1, f2, f3, f4, n,
    row_number() OVER (PARTITION BY g ORDER BY n DESC, f0, f1, f2, f3, f4) AS rn,
    count(*) OVER (PARTITION BY g) AS groups
  FROM (
    SELECT grouping_id(f0, f1, f2, f3, f4) AS g, f0, f1, f2, f3, f4, count(*) AS n
    FROM (SELECT CAST(`id` AS DOUBLE) AS f0, NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE)) AS f1, (unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) AS f2, `flag` AS f3, CAST(`x"; DROP TABLE keep; --` AS STRING) AS f4 FROM `public`.`x"; DROP TABLE keep; --`) AS v
    GROUP BY GROUPING SETS ((f0), (f1), (f2), (f3), (f4))
  ) AS counted
) AS ranked
WHERE rn <= CASE g WHEN 15 THEN 6 WHEN 23 THEN 6 WHEN 27 THEN 6 WHEN 29 THEN 6 WHEN 30 THEN 10002 END;

-- duplicate rows (one scan)
-- params: []
SELECT count(*) AS distinct_rows FROM (SELECT DISTINCT CAST(`id` AS DOUBLE), NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE)), (unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0), `flag`, CAST(`x"; DROP TABLE keep; --` AS STRING) FROM `public`.`x"; DROP TABLE keep; --`) AS d;

-- unique id + x"; DROP TABLE keep; -- (one scan)
-- params: []
SELECT COALESCE(sum(n), 0) AS keys, COALESCE(sum(CASE WHEN n > 1 THEN n ELSE 0 END), 0) AS unexpected, count(CASE WHEN n > 1 THEN 1 END) AS repeated_keys
FROM (SELECT count(*) AS n FROM `public`.`x"; DROP TABLE keep; --` WHERE NOT (CAST(`id` AS DOUBLE) IS NULL AND CAST(`x"; DROP TABLE keep; --` AS STRING) IS NULL) GROUP BY CAST(`id` AS DOUBLE), CAST(`x"; DROP TABLE keep; --` AS STRING)) AS k;

-- failing values of x"; DROP TABLE keep; --
-- params: ["ok","'; DROP TABLE keep; --"]
SELECT CAST(`x"; DROP TABLE keep; --` AS STRING) AS value, count(*) AS n FROM `public`.`x"; DROP TABLE keep; --` WHERE CAST(`x"; DROP TABLE keep; --` AS STRING) IS NOT NULL AND NOT (CAST(`x"; DROP TABLE keep; --` AS STRING) IN (CAST(:p1 AS STRING), CAST(:p2 AS STRING))) GROUP BY CAST(`x"; DROP TABLE keep; --` AS STRING) ORDER BY n DESC, CAST(`x"; DROP TABLE keep; --` AS STRING) LIMIT 10;

-- first failing rows of x"; DROP TABLE keep; --
-- params: ["ok","'; DROP TABLE keep; --"]
SELECT CAST(`x"; DROP TABLE keep; --` AS STRING) AS value FROM `public`.`x"; DROP TABLE keep; --` WHERE CAST(`x"; DROP TABLE keep; --` AS STRING) IS NOT NULL AND NOT (CAST(`x"; DROP TABLE keep; --` AS STRING) IN (CAST(:p1 AS STRING), CAST(:p2 AS STRING))) LIMIT 20;

-- failing values of x"; DROP TABLE keep; --
-- params: ["^'; DROP TABLE keep; --$"]
SELECT CAST(`x"; DROP TABLE keep; --` AS STRING) AS value, count(*) AS n FROM `public`.`x"; DROP TABLE keep; --` WHERE CAST(`x"; DROP TABLE keep; --` AS STRING) IS NOT NULL AND NOT (CAST(`x"; DROP TABLE keep; --` AS STRING) RLIKE CAST(:p1 AS STRING)) GROUP BY CAST(`x"; DROP TABLE keep; --` AS STRING) ORDER BY n DESC, CAST(`x"; DROP TABLE keep; --` AS STRING) LIMIT 10;

-- first failing rows of x"; DROP TABLE keep; --
-- params: ["^'; DROP TABLE keep; --$"]
SELECT CAST(`x"; DROP TABLE keep; --` AS STRING) AS value FROM `public`.`x"; DROP TABLE keep; --` WHERE CAST(`x"; DROP TABLE keep; --` AS STRING) IS NOT NULL AND NOT (CAST(`x"; DROP TABLE keep; --` AS STRING) RLIKE CAST(:p1 AS STRING)) LIMIT 20;

-- failing values of ts
-- params: [1704067200000]
SELECT (unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) AS value, count(*) AS n FROM `public`.`x"; DROP TABLE keep; --` WHERE (unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) IS NOT NULL AND NOT ((unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) >= CAST(:p1 AS DOUBLE)) GROUP BY (unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) ORDER BY n DESC, (unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) LIMIT 10;

-- first failing rows of ts
-- params: [1704067200000]
SELECT (unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) AS value FROM `public`.`x"; DROP TABLE keep; --` WHERE (unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) IS NOT NULL AND NOT ((unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) >= CAST(:p1 AS DOUBLE)) LIMIT 20;

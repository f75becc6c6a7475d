-- profile and row-level checks (one scan)
-- params: ["'; DROP TABLE keep; --","ok","a",1.5,1704067200000,1,"m",0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.5,1704067200000]
SELECT
  count(*) AS rows,
  count(CAST(`id` AS DOUBLE)) AS c0,
  min(CAST(`id` AS DOUBLE)) AS mn0,
  max(CAST(`id` AS DOUBLE)) AS mx0,
  avg(CAST(`id` AS DOUBLE)) AS av0,
  stddev_samp(CAST(`id` AS DOUBLE)) AS sd0,
  percentile(CAST(`id` AS DOUBLE), array(CAST(:p8 AS DOUBLE), CAST(:p9 AS DOUBLE), CAST(:p10 AS DOUBLE), CAST(:p11 AS DOUBLE), CAST(:p12 AS DOUBLE), CAST(:p13 AS DOUBLE), CAST(:p14 AS DOUBLE))) AS qs0,
  count(NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE))) AS c1,
  min(NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE))) AS mn1,
  max(NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE))) AS mx1,
  avg(NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE))) AS av1,
  stddev_samp(NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE))) AS sd1,
  percentile(NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE)), array(CAST(:p15 AS DOUBLE), CAST(:p16 AS DOUBLE), CAST(:p17 AS DOUBLE), CAST(:p18 AS DOUBLE), CAST(:p19 AS DOUBLE), CAST(:p20 AS DOUBLE), CAST(:p21 AS DOUBLE))) AS qs1,
  count((unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0)) AS c2,
  min((unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0)) AS mn2,
  max((unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0)) AS mx2,
  avg((unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0)) AS av2,
  stddev_samp((unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0)) AS sd2,
  percentile((unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0), array(CAST(:p22 AS DOUBLE), CAST(:p23 AS DOUBLE), CAST(:p24 AS DOUBLE), CAST(:p25 AS DOUBLE), CAST(:p26 AS DOUBLE), CAST(:p27 AS DOUBLE), CAST(:p28 AS DOUBLE))) AS qs2,
  count(`flag`) AS c3,
  avg(CAST(CAST(`flag` AS INT) AS DOUBLE)) AS av3,
  stddev_samp(CAST(CAST(`flag` AS INT) AS DOUBLE)) AS sd3,
  count(CAST(`x"; DROP TABLE keep; --` AS STRING)) AS c4,
  min(CAST(`x"; DROP TABLE keep; --` AS STRING)) AS mn4,
  max(CAST(`x"; DROP TABLE keep; --` AS STRING)) AS mx4,
  min(char_length(CAST(`x"; DROP TABLE keep; --` AS STRING))) AS ln4,
  max(char_length(CAST(`x"; DROP TABLE keep; --` AS STRING))) AS lx4,
  percentile(NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE)), CAST(:p29 AS DOUBLE)) AS q0,
  count(CASE WHEN (unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) IS NOT NULL AND NOT ((unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) >= CAST(:p30 AS DOUBLE)) THEN 1 END) AS b0
FROM (SELECT * FROM `public`.`x"; DROP TABLE keep; --` WHERE ((((((COALESCE(CAST(`x"; DROP TABLE keep; --` AS STRING) = CAST(:p1 AS STRING), FALSE) OR (COALESCE(CAST(`x"; DROP TABLE keep; --` AS STRING) = CAST(:p2 AS STRING), FALSE) OR COALESCE(CAST(`x"; DROP TABLE keep; --` AS STRING) = CAST(:p3 AS STRING), FALSE))) AND (NOT (COALESCE(NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE)) < CAST(:p4 AS DOUBLE), FALSE) OR (NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE)) IS NULL)))) AND COALESCE((unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) >= CAST(:p5 AS DOUBLE), FALSE)) AND COALESCE(CAST(CAST(`flag` AS INT) AS DOUBLE) <> CAST(:p6 AS DOUBLE), TRUE)) AND COALESCE(CAST(`id` AS DOUBLE) > NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE)), FALSE)) AND COALESCE(CAST(`x"; DROP TABLE keep; --` AS STRING) > CAST(:p7 AS STRING), FALSE))) AS `mlship_rows`;

-- failing values of ts
-- params: ["'; DROP TABLE keep; --","ok","a",1.5,1704067200000,1,"m",1704067200000]
SELECT (unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) AS value, count(*) AS n FROM (SELECT * FROM `public`.`x"; DROP TABLE keep; --` WHERE ((((((COALESCE(CAST(`x"; DROP TABLE keep; --` AS STRING) = CAST(:p1 AS STRING), FALSE) OR (COALESCE(CAST(`x"; DROP TABLE keep; --` AS STRING) = CAST(:p2 AS STRING), FALSE) OR COALESCE(CAST(`x"; DROP TABLE keep; --` AS STRING) = CAST(:p3 AS STRING), FALSE))) AND (NOT (COALESCE(NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE)) < CAST(:p4 AS DOUBLE), FALSE) OR (NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE)) IS NULL)))) AND COALESCE((unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) >= CAST(:p5 AS DOUBLE), FALSE)) AND COALESCE(CAST(CAST(`flag` AS INT) AS DOUBLE) <> CAST(:p6 AS DOUBLE), TRUE)) AND COALESCE(CAST(`id` AS DOUBLE) > NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE)), FALSE)) AND COALESCE(CAST(`x"; DROP TABLE keep; --` AS STRING) > CAST(:p7 AS STRING), FALSE))) AS `mlship_rows` WHERE (unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) IS NOT NULL AND NOT ((unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) >= CAST(:p8 AS DOUBLE)) GROUP BY (unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) ORDER BY n DESC, (unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) LIMIT 10;

-- first failing rows of ts
-- params: ["'; DROP TABLE keep; --","ok","a",1.5,1704067200000,1,"m",1704067200000]
SELECT (unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) AS value FROM (SELECT * FROM `public`.`x"; DROP TABLE keep; --` WHERE ((((((COALESCE(CAST(`x"; DROP TABLE keep; --` AS STRING) = CAST(:p1 AS STRING), FALSE) OR (COALESCE(CAST(`x"; DROP TABLE keep; --` AS STRING) = CAST(:p2 AS STRING), FALSE) OR COALESCE(CAST(`x"; DROP TABLE keep; --` AS STRING) = CAST(:p3 AS STRING), FALSE))) AND (NOT (COALESCE(NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE)) < CAST(:p4 AS DOUBLE), FALSE) OR (NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE)) IS NULL)))) AND COALESCE((unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) >= CAST(:p5 AS DOUBLE), FALSE)) AND COALESCE(CAST(CAST(`flag` AS INT) AS DOUBLE) <> CAST(:p6 AS DOUBLE), TRUE)) AND COALESCE(CAST(`id` AS DOUBLE) > NULLIF(CAST(`amount` AS DOUBLE), CAST('NaN' AS DOUBLE)), FALSE)) AND COALESCE(CAST(`x"; DROP TABLE keep; --` AS STRING) > CAST(:p7 AS STRING), FALSE))) AS `mlship_rows` WHERE (unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) IS NOT NULL AND NOT ((unix_micros(CAST(`ts` AS TIMESTAMP)) / 1000.0) >= CAST(:p8 AS DOUBLE)) LIMIT 20;

-- profile and row-level checks (one scan)
-- params: [0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.01,0.05,0.25,0.5,0.75,0.95,0.99,0.3,"ok","'; DROP TABLE keep; --","^'; DROP TABLE keep; --$",1704067200000]
WITH (SELECT p1 FROM _mlship_params) AS mlship_p1, (SELECT p2 FROM _mlship_params) AS mlship_p2, (SELECT p3 FROM _mlship_params) AS mlship_p3, (SELECT p4 FROM _mlship_params) AS mlship_p4, (SELECT p5 FROM _mlship_params) AS mlship_p5, (SELECT p6 FROM _mlship_params) AS mlship_p6, (SELECT p7 FROM _mlship_params) AS mlship_p7, (SELECT p8 FROM _mlship_params) AS mlship_p8, (SELECT p9 FROM _mlship_params) AS mlship_p9, (SELECT p10 FROM _mlship_params) AS mlship_p10, (SELECT p11 FROM _mlship_params) AS mlship_p11, (SELECT p12 FROM _mlship_params) AS mlship_p12, (SELECT p13 FROM _mlship_params) AS mlship_p13, (SELECT p14 FROM _mlship_params) AS mlship_p14, (SELECT p15 FROM _mlship_params) AS mlship_p15, (SELECT p16 FROM _mlship_params) AS mlship_p16, (SELECT p17 FROM _mlship_params) AS mlship_p17, (SELECT p18 FROM _mlship_params) AS mlship_p18, (SELECT p19 FROM _mlship_params) AS mlship_p19, (SELECT p20 FROM _mlship_params) AS mlship_p20, (SELECT p21 FROM _mlship_params) AS mlship_p21, (SELECT p22 FROM _mlship_params) AS mlship_p22, (SELECT p23 FROM _mlship_params) AS mlship_p23, (SELECT p24 FROM _mlship_params) AS mlship_p24, (SELECT p25 FROM _mlship_params) AS mlship_p25, (SELECT p26 FROM _mlship_params) AS mlship_p26
SELECT
  count(*) AS rows,
  count(toFloat64(`id`)) AS c0,
  min(toFloat64(`id`)) AS mn0,
  max(toFloat64(`id`)) AS mx0,
  avg(toFloat64(`id`)) AS av0,
  stddev_samp(toFloat64(`id`)) AS sd0,
  [if(empty(arraySort(groupArray(toFloat64(`id`))) AS mlship_sorted_7edf0e16), NULL, arrayElement(mlship_sorted_7edf0e16, toUInt64(floor(mlship_at_fb6b1555)) + 1) + (((greatest(toFloat64(length(mlship_sorted_7edf0e16)) - 1, 0) * mlship_p1) AS mlship_at_fb6b1555) - floor(mlship_at_fb6b1555)) * (arrayElement(mlship_sorted_7edf0e16, toUInt64(ceil(mlship_at_fb6b1555)) + 1) - arrayElement(mlship_sorted_7edf0e16, toUInt64(floor(mlship_at_fb6b1555)) + 1))), if(empty(arraySort(groupArray(toFloat64(`id`))) AS mlship_sorted_7edf0e16), NULL, arrayElement(mlship_sorted_7edf0e16, toUInt64(floor(mlship_at_f86b109c)) + 1) + (((greatest(toFloat64(length(mlship_sorted_7edf0e16)) - 1, 0) * mlship_p2) AS mlship_at_f86b109c) - floor(mlship_at_f86b109c)) * (arrayElement(mlship_sorted_7edf0e16, toUInt64(ceil(mlship_at_f86b109c)) + 1) - arrayElement(mlship_sorted_7edf0e16, toUInt64(floor(mlship_at_f86b109c)) + 1))), if(empty(arraySort(groupArray(toFloat64(`id`))) AS mlship_sorted_7edf0e16), NULL, arrayElement(mlship_sorted_7edf0e16, toUInt64(floor(mlship_at_f96b122f)) + 1) + (((greatest(toFloat64(length(mlship_sorted_7edf0e16)) - 1, 0) * mlship_p3) AS mlship_at_f96b122f) - floor(mlship_at_f96b122f)) * (arrayElement(mlship_sorted_7edf0e16, toUInt64(ceil(mlship_at_f96b122f)) + 1) - arrayElement(mlship_sorted_7edf0e16, toUInt64(floor(mlship_at_f96b122f)) + 1))), if(empty(arraySort(groupArray(toFloat64(`id`))) AS mlship_sorted_7edf0e16), NULL, arrayElement(mlship_sorted_7edf0e16, toUInt64(floor(mlship_at_f66b0d76)) + 1) + (((greatest(toFloat64(length(mlship_sorted_7edf0e16)) - 1, 0) * mlship_p4) AS mlship_at_f66b0d76) - floor(mlship_at_f66b0d76)) * (arrayElement(mlship_sorted_7edf0e16, toUInt64(ceil(mlship_at_f66b0d76)) + 1) - arrayElement(mlship_sorted_7edf0e16, toUInt64(floor(mlship_at_f66b0d76)) + 1))), if(empty(arraySort(groupArray(toFloat64(`id`))) AS mlship_sorted_7edf0e16), NULL, arrayElement(mlship_sorted_7edf0e16, toUInt64(floor(mlship_at_f76b0f09)) + 1) + (((greatest(toFloat64(length(mlship_sorted_7edf0e16)) - 1, 0) * mlship_p5) AS mlship_at_f76b0f09) - floor(mlship_at_f76b0f09)) * (arrayElement(mlship_sorted_7edf0e16, toUInt64(ceil(mlship_at_f76b0f09)) + 1) - arrayElement(mlship_sorted_7edf0e16, toUInt64(floor(mlship_at_f76b0f09)) + 1))), if(empty(arraySort(groupArray(toFloat64(`id`))) AS mlship_sorted_7edf0e16), NULL, arrayElement(mlship_sorted_7edf0e16, toUInt64(floor(mlship_at_f46b0a50)) + 1) + (((greatest(toFloat64(length(mlship_sorted_7edf0e16)) - 1, 0) * mlship_p6) AS mlship_at_f46b0a50) - floor(mlship_at_f46b0a50)) * (arrayElement(mlship_sorted_7edf0e16, toUInt64(ceil(mlship_at_f46b0a50)) + 1) - arrayElement(mlship_sorted_7edf0e16, toUInt64(floor(mlship_at_f46b0a50)) + 1))), if(empty(arraySort(groupArray(toFloat64(`id`))) AS mlship_sorted_7edf0e16), NULL, arrayElement(mlship_sorted_7edf0e16, toUInt64(floor(mlship_at_f56b0be3)) + 1) + (((greatest(toFloat64(length(mlship_sorted_7edf0e16)) - 1, 0) * mlship_p7) AS mlship_at_f56b0be3) - floor(mlship_at_f56b0be3)) * (arrayElement(mlship_sorted_7edf0e16, toUInt64(ceil(mlship_at_f56b0be3)) + 1) - arrayElement(mlship_sorted_7edf0e16, toUInt64(floor(mlship_at_f56b0be3)) + 1)))] AS qs0,
  count(if(isNaN(assumeNotNull(toFloat64(`amount`))), NULL, toFloat64(`amount`))) AS c1,
  min(if(isNaN(assumeNotNull(toFloat64(`amount`))), NULL, toFloat64(`amount`))) AS mn1,
  max(if(isNaN(assumeNotNull(toFloat64(`amount`))), NULL, toFloat64(`amount`))) AS mx1,
  avg(if(isNaN(assumeNotNull(toFloat64(`amount`))), NULL, toFloat64(`amount`))) AS av1,
  stddev_samp(if(isNaN(assumeNotNull(toFloat64(`amount`))), NULL, toFloat64(`amount`))) AS sd1,
  [if(empty(arraySort(groupArray(if(isNaN(assumeNotNull(toFloat64(`amount`))), NULL, toFloat64(`amount`)))) AS mlship_sorted_b478b555), NULL, arrayElement(mlship_sorted_b478b555, toUInt64(floor(mlship_at_5db87a31)) + 1) + (((greatest(toFloat64(length(mlship_sorted_b478b555)) - 1, 0) * mlship_p8) AS mlship_at_5db87a31) - floor(mlship_at_5db87a31)) * (arrayElement(mlship_sorted_b478b555, toUInt64(ceil(mlship_at_5db87a31)) + 1) - arrayElement(mlship_sorted_b478b555, toUInt64(floor(mlship_at_5db87a31)) + 1))), if(empty(arraySort(groupArray(if(isNaN(assumeNotNull(toFloat64(`amount`))), NULL, toFloat64(`amount`)))) AS mlship_sorted_b478b555), NULL, arrayElement(mlship_sorted_b478b555, toUInt64(floor(mlship_at_5cb8789e)) + 1) + (((greatest(toFloat64(length(mlship_sorted_b478b555)) - 1, 0) * mlship_p9) AS mlship_at_5cb8789e) - floor(mlship_at_5cb8789e)) * (arrayElement(mlship_sorted_b478b555, toUInt64(ceil(mlship_at_5cb8789e)) + 1) - arrayElement(mlship_sorted_b478b555, toUInt64(floor(mlship_at_5cb8789e)) + 1))), if(empty(arraySort(groupArray(if(isNaN(assumeNotNull(toFloat64(`amount`))), NULL, toFloat64(`amount`)))) AS mlship_sorted_b478b555), NULL, arrayElement(mlship_sorted_b478b555, toUInt64(floor(mlship_at_94525902)) + 1) + (((greatest(toFloat64(length(mlship_sorted_b478b555)) - 1, 0) * mlship_p10) AS mlship_at_94525902) - floor(mlship_at_94525902)) * (arrayElement(mlship_sorted_b478b555, toUInt64(ceil(mlship_at_94525902)) + 1) - arrayElement(mlship_sorted_b478b555, toUInt64(floor(mlship_at_94525902)) + 1))), if(empty(arraySort(groupArray(if(isNaN(assumeNotNull(toFloat64(`amount`))), NULL, toFloat64(`amount`)))) AS mlship_sorted_b478b555), NULL, arrayElement(mlship_sorted_b478b555, toUInt64(floor(mlship_at_95525a95)) + 1) + (((greatest(toFloat64(length(mlship_sorted_b478b555)) - 1, 0) * mlship_p11) AS mlship_at_95525a95) - floor(mlship_at_95525a95)) * (arrayElement(mlship_sorted_b478b555, toUInt64(ceil(mlship_at_95525a95)) + 1) - arrayElement(mlship_sorted_b478b555, toUInt64(floor(mlship_at_95525a95)) + 1))), if(empty(arraySort(groupArray(if(isNaN(assumeNotNull(toFloat64(`amount`))), NULL, toFloat64(`amount`)))) AS mlship_sorted_b478b555), NULL, arrayElement(mlship_sorted_b478b555, toUInt64(floor(mlship_at_925255dc)) + 1) + (((greatest(toFloat64(length(mlship_sorted_b478b555)) - 1, 0) * mlship_p12) AS mlship_at_925255dc) - floor(mlship_at_925255dc)) * (arrayElement(mlship_sorted_b478b555, toUInt64(ceil(mlship_at_925255dc)) + 1) - arrayElement(mlship_sorted_b478b555, toUInt64(floor(mlship_at_925255dc)) + 1))), if(empty(arraySort(groupArray(if(isNaN(assumeNotNull(toFloat64(`amount`))), NULL, toFloat64(`amount`)))) AS mlship_sorted_b478b555), NULL, arrayElement(mlship_sorted_b478b555, toUInt64(floor(mlship_at_9352576f)) + 1) + (((greatest(toFloat64(length(mlship_sorted_b478b555)) - 1, 0) * mlship_p13) AS mlship_at_9352576f) - floor(mlship_at_9352576f)) * (arrayElement(mlship_sorted_b478b555, toUInt64(ceil(mlship_at_9352576f)) + 1) - arrayElement(mlship_sorted_b478b555, toUInt64(floor(mlship_at_9352576f)) + 1))), if(empty(arraySort(groupArray(if(isNaN(assumeNotNull(toFloat64(`amount`))), NULL, toFloat64(`amount`)))) AS mlship_sorted_b478b555), NULL, arrayElement(mlship_sorted_b478b555, toUInt64(floor(mlship_at_905252b6)) + 1) + (((greatest(toFloat64(length(mlship_sorted_b478b555)) - 1, 0) * mlship_p14) AS mlship_at_905252b6) - floor(mlship_at_905252b6)) * (arrayElement(mlship_sorted_b478b555, toUInt64(ceil(mlship_at_905252b6)) + 1) - arrayElement(mlship_sorted_b478b555, toUInt64(floor(mlship_at_905252b6)) + 1)))] AS qs1,
  count((toFloat64(`ts`) * 1000)) AS c2,
  min((toFloat64(`ts`) * 1000)) AS mn2,
  max((toFloat64(`ts`) * 1000)) AS mx2,
  avg((toFloat64(`ts`) * 1000)) AS av2,
  stddev_samp((toFloat64(`ts`) * 1000)) AS sd2,
  [if(empty(arraySort(groupArray((toFloat64(`ts`) * 1000))) AS mlship_sorted_0917e8be), NULL, arrayElement(mlship_sorted_0917e8be, toUInt64(floor(mlship_at_b2904bc8)) + 1) + (((greatest(toFloat64(length(mlship_sorted_0917e8be)) - 1, 0) * mlship_p15) AS mlship_at_b2904bc8) - floor(mlship_at_b2904bc8)) * (arrayElement(mlship_sorted_0917e8be, toUInt64(ceil(mlship_at_b2904bc8)) + 1) - arrayElement(mlship_sorted_0917e8be, toUInt64(floor(mlship_at_b2904bc8)) + 1))), if(empty(arraySort(groupArray((toFloat64(`ts`) * 1000))) AS mlship_sorted_0917e8be), NULL, arrayElement(mlship_sorted_0917e8be, toUInt64(floor(mlship_at_b5905081)) + 1) + (((greatest(toFloat64(length(mlship_sorted_0917e8be)) - 1, 0) * mlship_p16) AS mlship_at_b5905081) - floor(mlship_at_b5905081)) * (arrayElement(mlship_sorted_0917e8be, toUInt64(ceil(mlship_at_b5905081)) + 1) - arrayElement(mlship_sorted_0917e8be, toUInt64(floor(mlship_at_b5905081)) + 1))), if(empty(arraySort(groupArray((toFloat64(`ts`) * 1000))) AS mlship_sorted_0917e8be), NULL, arrayElement(mlship_sorted_0917e8be, toUInt64(floor(mlship_at_b4904eee)) + 1) + (((greatest(toFloat64(length(mlship_sorted_0917e8be)) - 1, 0) * mlship_p17) AS mlship_at_b4904eee) - floor(mlship_at_b4904eee)) * (arrayElement(mlship_sorted_0917e8be, toUInt64(ceil(mlship_at_b4904eee)) + 1) - arrayElement(mlship_sorted_0917e8be, toUInt64(floor(mlship_at_b4904eee)) + 1))), if(empty(arraySort(groupArray((toFloat64(`ts`) * 1000))) AS mlship_sorted_0917e8be), NULL, arrayElement(mlship_sorted_0917e8be, toUInt64(floor(mlship_at_af90470f)) + 1) + (((greatest(toFloat64(length(mlship_sorted_0917e8be)) - 1, 0) * mlship_p18) AS mlship_at_af90470f) - floor(mlship_at_af90470f)) * (arrayElement(mlship_sorted_0917e8be, toUInt64(ceil(mlship_at_af90470f)) + 1) - arrayElement(mlship_sorted_0917e8be, toUInt64(floor(mlship_at_af90470f)) + 1))), if(empty(arraySort(groupArray((toFloat64(`ts`) * 1000))) AS mlship_sorted_0917e8be), NULL, arrayElement(mlship_sorted_0917e8be, toUInt64(floor(mlship_at_ae90457c)) + 1) + (((greatest(toFloat64(length(mlship_sorted_0917e8be)) - 1, 0) * mlship_p19) AS mlship_at_ae90457c) - floor(mlship_at_ae90457c)) * (arrayElement(mlship_sorted_0917e8be, toUInt64(ceil(mlship_at_ae90457c)) + 1) - arrayElement(mlship_sorted_0917e8be, toUInt64(floor(mlship_at_ae90457c)) + 1))), if(empty(arraySort(groupArray((toFloat64(`ts`) * 1000))) AS mlship_sorted_0917e8be), NULL, arrayElement(mlship_sorted_0917e8be, toUInt64(floor(mlship_at_2588b20c)) + 1) + (((greatest(toFloat64(length(mlship_sorted_0917e8be)) - 1, 0) * mlship_p20) AS mlship_at_2588b20c) - floor(mlship_at_2588b20c)) * (arrayElement(mlship_sorted_0917e8be, toUInt64(ceil(mlship_at_2588b20c)) + 1) - arrayElement(mlship_sorted_0917e8be, toUInt64(floor(mlship_at_2588b20c)) + 1))), if(empty(arraySort(groupArray((toFloat64(`ts`) * 1000))) AS mlship_sorted_0917e8be), NULL, arrayElement(mlship_sorted_0917e8be, toUInt64(floor(mlship_at_2688b39f)) + 1) + (((greatest(toFloat64(length(mlship_sorted_0917e8be)) - 1, 0) * mlship_p21) AS mlship_at_2688b39f) - floor(mlship_at_2688b39f)) * (arrayElement(mlship_sorted_0917e8be, toUInt64(ceil(mlship_at_2688b39f)) + 1) - arrayElement(mlship_sorted_0917e8be, toUInt64(floor(mlship_at_2688b39f)) + 1)))] AS qs2,
  count(`flag`) AS c3,
  avg(toFloat64(toInt32(`flag`))) AS av3,
  stddev_samp(toFloat64(toInt32(`flag`))) AS sd3,
  count(toString(`x"; DROP TABLE keep; --`)) AS c4,
  min(toString(`x"; DROP TABLE keep; --`)) AS mn4,
  max(toString(`x"; DROP TABLE keep; --`)) AS mx4,
  min(lengthUTF8(toString(`x"; DROP TABLE keep; --`))) AS ln4,
  max(lengthUTF8(toString(`x"; DROP TABLE keep; --`))) AS lx4,
  if(empty(arraySort(groupArray(if(isNaN(assumeNotNull(toFloat64(`amount`))), NULL, toFloat64(`amount`)))) AS mlship_sorted_b478b555), NULL, arrayElement(mlship_sorted_b478b555, toUInt64(floor(mlship_at_0c4f4453)) + 1) + (((greatest(toFloat64(length(mlship_sorted_b478b555)) - 1, 0) * mlship_p22) AS mlship_at_0c4f4453) - floor(mlship_at_0c4f4453)) * (arrayElement(mlship_sorted_b478b555, toUInt64(ceil(mlship_at_0c4f4453)) + 1) - arrayElement(mlship_sorted_b478b555, toUInt64(floor(mlship_at_0c4f4453)) + 1))) AS q0,
  count(CASE WHEN toString(`x"; DROP TABLE keep; --`) IS NOT NULL AND NOT (toString(`x"; DROP TABLE keep; --`) IN (mlship_p23, mlship_p24)) THEN 1 END) AS b0,
  count(CASE WHEN toString(`x"; DROP TABLE keep; --`) IS NOT NULL AND NOT match(toString(`x"; DROP TABLE keep; --`), mlship_p25) THEN 1 END) AS b1,
  count(CASE WHEN (toFloat64(`ts`) * 1000) IS NOT NULL AND NOT ((toFloat64(`ts`) * 1000) >= mlship_p26) THEN 1 END) AS b2
FROM `public`.`x"; DROP TABLE keep; --`;

-- value counts of id (one scan, and one for the number of values)
-- params: []
SELECT toFloat64(`id`) AS f0, count(*) AS n, (SELECT count(*) FROM (SELECT toFloat64(`id`) AS f0 FROM `public`.`x"; DROP TABLE keep; --` GROUP BY toFloat64(`id`)) AS d) AS groups
FROM `public`.`x"; DROP TABLE keep; --`
GROUP BY toFloat64(`id`)
ORDER BY n DESC, f0
LIMIT 6;

-- value counts of amount (one scan, and one for the number of values)
-- params: []
SELECT if(isNaN(assumeNotNull(toFloat64(`amount`))), NULL, toFloat64(`amount`)) AS f0, count(*) AS n, (SELECT count(*) FROM (SELECT if(isNaN(assumeNotNull(toFloat64(`amount`))), NULL, toFloat64(`amount`)) AS f0 FROM `public`.`x"; DROP TABLE keep; --` GROUP BY if(isNaN(assumeNotNull(toFloat64(`amount`))), NULL, toFloat64(`amount`))) AS d) AS groups
FROM `public`.`x"; DROP TABLE keep; --`
GROUP BY if(isNaN(assumeNotNull(toFloat64(`amount`))), NULL, toFloat64(`amount`))
ORDER BY n DESC, f0
LIMIT 6;

-- value counts of ts (one scan, and one for the number of values)
-- params: []
SELECT (toFloat64(`ts`) * 1000) AS f0, count(*) AS n, (SELECT count(*) FROM (SELECT (toFloat64(`ts`) * 1000) AS f0 FROM `public`.`x"; DROP TABLE keep; --` GROUP BY (toFloat64(`ts`) * 1000)) AS d) AS groups
FROM `public`.`x"; DROP TABLE keep; --`
GROUP BY (toFloat64(`ts`) * 1000)
ORDER BY n DESC, f0
LIMIT 6;

-- value counts of flag (one scan, and one for the number of values)
-- params: []
SELECT `flag` AS f0, count(*) AS n, (SELECT count(*) FROM (SELECT `flag` AS f0 FROM `public`.`x"; DROP TABLE keep; --` GROUP BY `flag`) AS d) AS groups
FROM `public`.`x"; DROP TABLE keep; --`
GROUP BY `flag`
ORDER BY n DESC, f0
LIMIT 6;

-- value counts of x"; DROP TABLE keep; -- (one scan, and one for the number of values)
-- params: []
SELECT toString(`x"; DROP TABLE keep; --`) AS f0, count(*) AS n, (SELECT count(*) FROM (SELECT toString(`x"; DROP TABLE keep; --`) AS f0 FROM `public`.`x"; DROP TABLE keep; --` GROUP BY toString(`x"; DROP TABLE keep; --`)) AS d) AS groups
FROM `public`.`x"; DROP TABLE keep; --`
GROUP BY toString(`x"; DROP TABLE keep; --`)
ORDER BY n DESC, f0
LIMIT 10002;

-- duplicate rows (one scan)
-- params: []
SELECT count(*) AS distinct_rows FROM (SELECT DISTINCT toFloat64(`id`), if(isNaN(assumeNotNull(toFloat64(`amount`))), NULL, toFloat64(`amount`)), (toFloat64(`ts`) * 1000), `flag`, toString(`x"; DROP TABLE keep; --`) FROM `public`.`x"; DROP TABLE keep; --`) AS d;

-- unique id + x"; DROP TABLE keep; -- (one scan)
-- params: []
SELECT COALESCE(sum(n), 0) AS keys, COALESCE(sum(CASE WHEN n > 1 THEN n ELSE 0 END), 0) AS unexpected, count(CASE WHEN n > 1 THEN 1 END) AS repeated_keys
FROM (SELECT count(*) AS n FROM `public`.`x"; DROP TABLE keep; --` WHERE NOT (toFloat64(`id`) IS NULL AND toString(`x"; DROP TABLE keep; --`) IS NULL) GROUP BY toFloat64(`id`), toString(`x"; DROP TABLE keep; --`)) AS k;

-- failing values of x"; DROP TABLE keep; --
-- params: ["ok","'; DROP TABLE keep; --"]
WITH (SELECT p1 FROM _mlship_params) AS mlship_p1, (SELECT p2 FROM _mlship_params) AS mlship_p2
SELECT toString(`x"; DROP TABLE keep; --`) AS value, count(*) AS n FROM `public`.`x"; DROP TABLE keep; --` WHERE toString(`x"; DROP TABLE keep; --`) IS NOT NULL AND NOT (toString(`x"; DROP TABLE keep; --`) IN (mlship_p1, mlship_p2)) GROUP BY toString(`x"; DROP TABLE keep; --`) ORDER BY n DESC, toString(`x"; DROP TABLE keep; --`) LIMIT 10;

-- first failing rows of x"; DROP TABLE keep; --
-- params: ["ok","'; DROP TABLE keep; --"]
WITH (SELECT p1 FROM _mlship_params) AS mlship_p1, (SELECT p2 FROM _mlship_params) AS mlship_p2
SELECT toString(`x"; DROP TABLE keep; --`) AS value FROM `public`.`x"; DROP TABLE keep; --` WHERE toString(`x"; DROP TABLE keep; --`) IS NOT NULL AND NOT (toString(`x"; DROP TABLE keep; --`) IN (mlship_p1, mlship_p2)) LIMIT 20;

-- failing values of x"; DROP TABLE keep; --
-- params: ["^'; DROP TABLE keep; --$"]
WITH (SELECT p1 FROM _mlship_params) AS mlship_p1
SELECT toString(`x"; DROP TABLE keep; --`) AS value, count(*) AS n FROM `public`.`x"; DROP TABLE keep; --` WHERE toString(`x"; DROP TABLE keep; --`) IS NOT NULL AND NOT match(toString(`x"; DROP TABLE keep; --`), mlship_p1) GROUP BY toString(`x"; DROP TABLE keep; --`) ORDER BY n DESC, toString(`x"; DROP TABLE keep; --`) LIMIT 10;

-- first failing rows of x"; DROP TABLE keep; --
-- params: ["^'; DROP TABLE keep; --$"]
WITH (SELECT p1 FROM _mlship_params) AS mlship_p1
SELECT toString(`x"; DROP TABLE keep; --`) AS value FROM `public`.`x"; DROP TABLE keep; --` WHERE toString(`x"; DROP TABLE keep; --`) IS NOT NULL AND NOT match(toString(`x"; DROP TABLE keep; --`), mlship_p1) LIMIT 20;

-- failing values of ts
-- params: [1704067200000]
WITH (SELECT p1 FROM _mlship_params) AS mlship_p1
SELECT (toFloat64(`ts`) * 1000) AS value, count(*) AS n FROM `public`.`x"; DROP TABLE keep; --` WHERE (toFloat64(`ts`) * 1000) IS NOT NULL AND NOT ((toFloat64(`ts`) * 1000) >= mlship_p1) GROUP BY (toFloat64(`ts`) * 1000) ORDER BY n DESC, (toFloat64(`ts`) * 1000) LIMIT 10;

-- first failing rows of ts
-- params: [1704067200000]
WITH (SELECT p1 FROM _mlship_params) AS mlship_p1
SELECT (toFloat64(`ts`) * 1000) AS value FROM `public`.`x"; DROP TABLE keep; --` WHERE (toFloat64(`ts`) * 1000) IS NOT NULL AND NOT ((toFloat64(`ts`) * 1000) >= mlship_p1) LIMIT 20;

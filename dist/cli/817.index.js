export const id = 817;
export const ids = [817];
export const modules = {

/***/ 30817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ upperBound),
/* harmony export */   r: () => (/* binding */ linearQuantile)
/* harmony export */ });
/** Index of the first element > x in an ascending array (the count of elements <= x). */
function upperBound(sorted, x) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * pandas' default ('linear') quantile of n values, `at(k)` giving the k-th
 * smallest. On an order statistic (or between equal ones) the answer is that
 * value: a + (b - a) * 0 would be NaN next to an infinity (NumPy 1.24 does
 * return NaN there, e.g. the median of [1, 2, inf]).
 */
function linearQuantile(n, q, at) {
    const pos = q * (n - 1);
    const lo = Math.floor(pos);
    const a = at(lo);
    const b = at(Math.min(lo + 1, n - 1));
    const t = pos - lo;
    return t === 0 || a === b ? a : a + (b - a) * t;
}


/***/ })

};

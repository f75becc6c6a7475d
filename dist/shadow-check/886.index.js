export const id = 886;
export const ids = [886];
export const modules = {

/***/ 1886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkHttp: () => (/* binding */ checkHttp),
/* harmony export */   downloadHttp: () => (/* binding */ downloadHttp)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7447);
/* harmony import */ var _read_progress__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4470);
/* harmony import */ var _remote_files__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5591);





/** One object over http(s), typically a presigned URL: no credentials of ours are sent, the URL carries them. */
async function get(url, options, headers) {
    const shown = (0,_remote_files__WEBPACK_IMPORTED_MODULE_3__/* .showRemote */ .GT)(url);
    let res;
    try {
        // identity: a log stored gzipped must arrive as its bytes, not silently inflated under its .gz name.
        res = await fetch(url, { headers: { 'accept-encoding': 'identity', ...headers }, redirect: 'follow' });
    }
    catch (e) {
        const cause = e.cause;
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`cannot reach ${shown} (${cause?.code ?? cause?.message ?? e.message}).`, { where: options.where, hint: 'Check the host name and that the runner can reach it.' });
    }
    if (res.ok || res.status === 416)
        return res;
    // S3, GCS and Azure explain a refusal in a small XML body: its code says which fix applies.
    const body = (await res.text().catch(() => '')).slice(0, 4096);
    const code = /<Code>([^<]{1,100})<\/Code>/.exec(body)?.[1];
    const why = `HTTP ${res.status}${code ? `, ${code}` : ''}`;
    if (res.status === 404)
        throw new _remote_files__WEBPACK_IMPORTED_MODULE_3__/* .RemoteMissing */ .lm(`${shown} does not exist (${why})`, { where: options.where });
    if (res.status === 401 || res.status === 403) {
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`access denied to ${shown} (${why}).`, {
            where: options.where,
            hint: 'A presigned or signed URL may have expired (S3 allows at most 7 days) or been signed for another method or key; sign a new one for GET right before the step, or read s3:// with credentials.',
        });
    }
    throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${shown} answered ${why}.`, { where: options.where, hint: 'Check the URL; a server error may pass on a retry of the job.' });
}
async function checkHttp(url, options) {
    // One byte: a presigned URL is signed for GET only (HEAD would be refused), and the log may be large.
    const res = await get(url, options, { range: 'bytes=0-0' });
    await res.body?.cancel();
}
async function downloadHttp(url, dir, options) {
    const shown = (0,_remote_files__WEBPACK_IMPORTED_MODULE_3__/* .showRemote */ .GT)(url);
    const pathname = decodeURIComponent(new URL(url).pathname);
    const name = pathname.endsWith('/') ? '' : node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(pathname);
    if (name === '' || name === '.' || name === '..' || name.includes('\\')) {
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${shown} names no file (its path ends in "/").`, { where: options.where, hint: 'Give the URL of one object, ending in its file name (e.g. \u2026/predictions.jsonl), so its format is known.' });
    }
    const res = await get(url, options, {});
    const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, (0,_remote_files__WEBPACK_IMPORTED_MODULE_3__/* .localFileName */ .BQ)(name));
    const length = res.headers.get('content-length');
    const total = length === null ? undefined : Number(length);
    options.log?.(`Downloading ${shown}${total === undefined ? '' : `: ${(0,_read_progress__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(total)}`}.`);
    const progress = new _remote_files__WEBPACK_IMPORTED_MODULE_3__/* .DownloadProgress */ .M(shown, total, options);
    const bytes = await (0,_remote_files__WEBPACK_IMPORTED_MODULE_3__/* .saveStream */ .SI)(res.body ? node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.fromWeb(res.body) : node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from([]), file, progress);
    if (total !== undefined && bytes !== total)
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${shown} ended after ${bytes} of ${total} bytes.`, { where: options.where, hint: 'The connection was cut; run the step again.' });
    return { path: file, objects: 1, bytes };
}


/***/ })

};

export const id = 6102;
export const ids = [6102];
export const modules = {

/***/ 16102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadDiagnostics: () => (/* binding */ uploadDiagnostics)
/* harmony export */ });
/* harmony import */ var _mlship_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76175);

/** Uploads the diagnostics; a missing artifact runtime or a failed upload is a notice, never a failed step. */
async function uploadDiagnostics(io, name, files, rootDirectory) {
    const result = await (0,_mlship_github__WEBPACK_IMPORTED_MODULE_0__/* .uploadArtifact */ .mz)({ name, files, rootDirectory, log: io, env: io.env });
    if (result.uploaded) {
        io.info(`training-diagnostics: uploaded artifact "${name}"${result.size !== undefined ? ` (${result.size} bytes)` : ''}`);
        return name;
    }
    io.annotate('notice', result.reason, { title: 'training-diagnostics: artifact' });
    return undefined;
}


/***/ })

};

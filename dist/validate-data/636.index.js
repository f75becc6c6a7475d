export const id = 636;
export const ids = [636];
export const modules = {

/***/ 9636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   create: () => (/* binding */ create),
/* harmony export */   shared: () => (/* binding */ shared)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(878);
/* harmony import */ var ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_0__);



const options = { strict: false, validateFormats: false, allErrors: false };
const create = (draft) => (draft === '2020-12' ? new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_0__.Ajv2020(options) : draft === '2019-09' ? new ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_1__.Ajv2019(options) : new ajv__WEBPACK_IMPORTED_MODULE_2__.Ajv(options));
/** One validator per draft: building one compiles its meta-schemas, which costs more than most schemas. */
const shared = new Map();


/***/ })

};

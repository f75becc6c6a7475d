export const id = 102;
export const ids = [102];
export const modules = {

/***/ 16102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   postComment: () => (/* binding */ postComment),
/* harmony export */   uploadDiagnostics: () => (/* binding */ uploadDiagnostics)
/* harmony export */ });
/* harmony import */ var _mlship_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56347);

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
/**
 * The sticky PR comment. A failure creates or updates it; a success only
 * updates one left by an earlier failure (a passing run on a PR that never
 * failed should not add a comment). Not a PR event, no token, or an API error
 * are said in the log and never fail the step: the diagnosis is the job summary.
 */
async function postComment(io, o) {
    const pr = (0,_mlship_github__WEBPACK_IMPORTED_MODULE_0__/* .readPullRequestContext */ .uV)(io.env);
    if (!pr) {
        io.info(`training-diagnostics: ${io.env('GITHUB_EVENT_NAME') ?? 'this'} event is not about a pull request; no PR comment.`);
        return;
    }
    if (!o.token) {
        io.annotate('notice', 'no github-token, so no PR comment was posted; pass `github-token: ${{ github.token }}` (with `permissions: pull-requests: write`).', { title: 'training-diagnostics: comment' });
        return;
    }
    const gh = (0,_mlship_github__WEBPACK_IMPORTED_MODULE_0__/* .createGitHub */ .Cl)({ token: o.token, apiUrl: io.env('GITHUB_API_URL'), log: io });
    const where = { owner: pr.owner, repo: pr.repo, issueNumber: pr.number };
    try {
        const comments = await (0,_mlship_github__WEBPACK_IMPORTED_MODULE_0__/* .listIssueComments */ .cG)(gh, where);
        if (!o.failed) {
            const author = await (0,_mlship_github__WEBPACK_IMPORTED_MODULE_0__/* .stickyAuthor */ .Pn)(gh, comments, o.key);
            if (!(0,_mlship_github__WEBPACK_IMPORTED_MODULE_0__/* .pickSticky */ .HS)(comments, o.key, author))
                return;
            await (0,_mlship_github__WEBPACK_IMPORTED_MODULE_0__/* .upsertStickyComment */ .qD)(gh, { ...where, key: o.key, body: o.body, comments, author });
            io.info(`training-diagnostics: marked the failure comment on #${pr.number} as resolved`);
            return;
        }
        const res = await (0,_mlship_github__WEBPACK_IMPORTED_MODULE_0__/* .upsertStickyComment */ .qD)(gh, { ...where, key: o.key, body: o.body, comments });
        io.info(`training-diagnostics: PR comment ${res.action}: ${res.url}`);
    }
    catch (e) {
        const status = (0,_mlship_github__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(e);
        const hint = status === 403 || status === 404 ? ' (the token needs `pull-requests: write`; a pull_request run from a fork gets a read-only token)' : '';
        io.warning(`training-diagnostics: could not post the PR comment on #${pr.number}: ${status ? `HTTP ${status} ` : ''}${e.message.split('\n')[0]}${hint}`);
    }
}


/***/ })

};

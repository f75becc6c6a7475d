export const id = 572;
export const ids = [572];
export const modules = {

/***/ 7572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkS3: () => (/* binding */ checkS3),
/* harmony export */   downloadS3: () => (/* binding */ downloadS3)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3711);
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7447);
/* harmony import */ var _read_progress__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4470);
/* harmony import */ var _remote_files__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5591);





function endpoint(where) {
    for (const name of ['AWS_ENDPOINT_URL_S3', 'AWS_ENDPOINT_URL']) {
        const value = process.env[name]?.trim();
        if (!value)
            continue;
        if (!/^https?:\/\/[^/]/i.test(value) || !URL.canParse(value))
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${name} "${value}" is not an http(s) URL.`, { where, hint: `Set ${name} to the store's S3 endpoint, e.g. https://minio.example.com:9000, or unset it for AWS S3.` });
        return value;
    }
    return undefined;
}
function client(where) {
    const url = endpoint(where);
    // The SDK warns on stderr that its future releases need Node 22; this bundle pins its release, so the warning asks the user for nothing.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    const s3 = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .S3Client */ .YxF({
        // The SDK reads no default region for S3 by itself; AWS_DEFAULT_REGION is the CLI's name for it. A bucket in another region is followed.
        region: process.env.AWS_REGION?.trim() || process.env.AWS_DEFAULT_REGION?.trim() || 'us-east-1',
        followRegionRedirects: true,
        ...(url ? { endpoint: url, forcePathStyle: true } : {}),
    });
    return { s3, endpoint: url };
}
/** The SDK's failure as one line naming the location and the fix; a missing object as RemoteMissing. */
function describe(e, loc, store, where) {
    const err = e;
    const name = err.name ?? '';
    const status = err.$metadata?.httpStatusCode;
    const on = store ? ` on ${store}` : '';
    if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(e.message ?? '')) {
        return new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`no AWS credentials to read ${loc.url}.`, {
            where,
            hint: "Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the step's env (from secrets), or assume a role first with aws-actions/configure-aws-credentials.",
        });
    }
    if (name === 'SignatureDoesNotMatch') {
        return new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the store refused the request signature for ${loc.url}${on} (SignatureDoesNotMatch): the secret key does not belong to the access key id.`, { where, hint: 'Check AWS_SECRET_ACCESS_KEY (and that AWS_SESSION_TOKEN, if set, comes with the same key).' });
    }
    if (name === 'InvalidAccessKeyId') {
        return new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the access key id is unknown to ${store ?? 'AWS S3'} (InvalidAccessKeyId) reading ${loc.url}.`, { where, hint: store ? 'Check AWS_ACCESS_KEY_ID, and that AWS_ENDPOINT_URL_S3 names the store the key belongs to.' : 'Check AWS_ACCESS_KEY_ID; for an S3-compatible store set AWS_ENDPOINT_URL_S3.' });
    }
    if (name === 'ExpiredToken' || name === 'TokenRefreshRequired') {
        return new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the session token has expired (${name}) reading ${loc.url}.`, { where, hint: 'Assume the role again right before this step, or lengthen its session duration.' });
    }
    if (name === 'NoSuchBucket') {
        return new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`bucket "${loc.bucket}" does not exist${on} (NoSuchBucket, ${loc.url}).`, { where, hint: store ? 'Check the bucket name, and that AWS_ENDPOINT_URL_S3 names the right store.' : 'Check the bucket name; an S3-compatible store needs AWS_ENDPOINT_URL_S3.' });
    }
    if (name === 'NoSuchKey' || name === 'NotFound' || status === 404)
        return new _remote_files__WEBPACK_IMPORTED_MODULE_3__/* .RemoteMissing */ .lm(`${loc.url} does not exist (NoSuchKey)`, { where });
    if (name === 'AccessDenied' || name === 'Forbidden' || status === 403) {
        return new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`access denied to ${loc.url}${on} (AccessDenied, 403).`, { where, hint: `The credentials need s3:GetObject on the object${loc.directory ? 's and s3:ListBucket on the bucket' : ' (and s3:ListBucket to tell a missing key)'}.` });
    }
    if (name === 'AuthorizationHeaderMalformed' || name === 'PermanentRedirect') {
        return new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the store expects another region for ${loc.url} (${name}).`, { where, hint: "Set AWS_REGION to the bucket's region." });
    }
    // Under a test runner's separate realm the SDK wraps a socket error, keeping only its message.
    const code = e.code ?? e.cause?.code ?? /\b(E[A-Z]{4,}|CERT_[A-Z_]+)\b/.exec(e.message ?? '')?.[1];
    if (code && /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED)/.test(code)) {
        return new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot reach ${store ?? 'AWS S3'} to read ${loc.url} (${code}).`, { where, hint: store ? 'Check AWS_ENDPOINT_URL_S3 and that the runner can reach it.' : 'Check that the runner can reach AWS S3.' });
    }
    if (e instanceof _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .S3ServiceException */ .Hcp)
        return new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`S3 answered ${name}${status ? ` (${status})` : ''} reading ${loc.url}${on}.`, { where, hint: 'A server error may pass on a retry of the job.' });
    return new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot read ${loc.url}: ${name || 'error'}${code ? ` (${code})` : ''}.`, { where });
}
/** Every object under `prefix`, page by page; folder markers (a key ending in "/" of 0 bytes, as consoles create) are not files. */
async function list(s3, bucket, prefix) {
    const out = [];
    let token;
    do {
        const page = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .ListObjectsV2Command */ .u6x({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
        for (const o of page.Contents ?? [])
            if (o.Key !== undefined && !(o.Key.endsWith('/') && (o.Size ?? 0) === 0))
                out.push({ key: o.Key, size: o.Size ?? 0 });
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return out;
}
/**
 * The object's size, or undefined when there is no such key. Asked with a
 * one-byte ranged GET rather than HEAD: a HEAD error has no body, so it cannot
 * tell a missing bucket from a missing key, nor a bad key id from a denial.
 */
async function sizeOf(s3, loc) {
    try {
        const got = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetObjectCommand */ .jLs({ Bucket: loc.bucket, Key: loc.key, Range: 'bytes=0-0' }));
        await got.Body?.transformToByteArray();
        const total = /\/(\d+)$/.exec(got.ContentRange ?? '')?.[1];
        return total !== undefined ? Number(total) : (got.ContentLength ?? 0);
    }
    catch (e) {
        const name = e.name;
        if (name === 'NoSuchKey')
            return undefined;
        // S3 answers a range on an empty object with InvalidRange: the object is there, with no bytes.
        if (name === 'InvalidRange')
            return 0;
        throw e;
    }
}
/** What the location holds: one object, or the objects under its prefix (a key that is no object is tried as `key/`). */
async function resolve(s3, loc, where) {
    if (!loc.directory) {
        const size = await sizeOf(s3, loc);
        if (size !== undefined)
            return { objects: [{ key: loc.key, size }] };
    }
    const prefix = loc.directory ? loc.key : `${loc.key}/`;
    const objects = await list(s3, loc.bucket, prefix);
    if (objects.length === 0) {
        throw new _remote_files__WEBPACK_IMPORTED_MODULE_3__/* .RemoteMissing */ .lm(loc.directory ? `${loc.url} holds no objects` : `${loc.url} does not exist (NoSuchKey, and no objects under ${loc.url}/)`, { where });
    }
    return { objects, prefix };
}
async function checkS3(loc, options) {
    const { s3, endpoint: store } = client(options.where);
    try {
        await resolve(s3, loc, options.where);
    }
    catch (e) {
        throw e instanceof _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo ? e : describe(e, loc, store, options.where);
    }
    finally {
        s3.destroy();
    }
}
async function downloadS3(loc, dir, options) {
    const { s3, endpoint: store } = client(options.where);
    try {
        const { objects, prefix } = await resolve(s3, loc, options.where);
        const total = objects.reduce((n, o) => n + o.size, 0);
        options.log?.(`Downloading ${loc.url}: ${objects.length} object(s), ${(0,_read_progress__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(total)}.`);
        const progress = new _remote_files__WEBPACK_IMPORTED_MODULE_3__/* .DownloadProgress */ .M(loc.url, total, options);
        const files = objects.map((o) => ({ ...o, file: prefix === undefined ? (0,_remote_files__WEBPACK_IMPORTED_MODULE_3__/* .localPathFor */ .yX)(dir, (0,_remote_files__WEBPACK_IMPORTED_MODULE_3__/* .localFileName */ .BQ)(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(o.key)), loc.url, options.where) : (0,_remote_files__WEBPACK_IMPORTED_MODULE_3__/* .localPathFor */ .yX)(dir, o.key.slice(prefix.length), loc.url, options.where) }));
        let bytes = 0;
        for (const o of files) {
            const got = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetObjectCommand */ .jLs({ Bucket: loc.bucket, Key: o.key }));
            bytes += await (0,_remote_files__WEBPACK_IMPORTED_MODULE_3__/* .saveStream */ .SI)(got.Body, o.file, progress);
        }
        return { path: prefix === undefined ? files[0].file : dir, objects: objects.length, bytes };
    }
    catch (e) {
        if (e instanceof _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
            throw e;
        throw describe(e, loc, store, options.where);
    }
    finally {
        s3.destroy();
    }
}


/***/ })

};

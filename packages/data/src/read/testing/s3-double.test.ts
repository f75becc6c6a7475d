import http from 'node:http';
import { startS3Double, type S3Double } from './s3-double';

/**
 * The double's SigV4 check against AWS's own worked examples (Amazon S3 API
 * reference, "Signature calculations for the Authorization header" and
 * "Authenticating requests: using query parameters"): the example key pair,
 * the request of 24 May 2013 and the signature AWS computed for it.
 */
const AWS_EXAMPLE = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const exampleDay = () => new Date('2013-05-24T00:05:00Z');

let s3: S3Double;
beforeAll(async () => {
  s3 = await startS3Double({ ...AWS_EXAMPLE, buckets: {}, now: exampleDay });
});
afterAll(() => s3.close());

/** A raw request to the double with the Host header the example was signed for (virtual-hosted, so the double reads "test.txt" as the bucket). */
function send(target: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const { port } = new URL(s3.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: target, headers: { host: 'examplebucket.s3.amazonaws.com', ...headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const code = (body: string) => /<Code>([^<]+)<\/Code>/.exec(body)?.[1];
const getObjectExample = (signature: string) => ({
  range: 'bytes=0-9',
  'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  'x-amz-date': '20130524T000000Z',
  authorization: `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=${signature}`,
});

it("accepts AWS's GET Object example signature, and refuses it with one hex digit changed", async () => {
  // Signed correctly, the request gets past authentication to the routing: there is no bucket "test.txt".
  expect(code((await send('/test.txt', getObjectExample('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41'))).body)).toBe('NoSuchBucket');
  const wrong = await send('/test.txt', getObjectExample('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb42'));
  expect([wrong.status, code(wrong.body)]).toEqual([403, 'SignatureDoesNotMatch']);
});

it("accepts AWS's presigned URL example, and refuses it once expired", async () => {
  const target =
    '/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404';
  expect(code((await send(target, {})).body)).toBe('NoSuchBucket');
  expect(code((await send(target.replace(/.$/, '5'), {})).body)).toBe('SignatureDoesNotMatch');
});

it('refuses an unsigned request (AccessDenied), an unknown key id and a request signed too far from its clock', async () => {
  expect(code((await send('/test.txt', {})).body)).toBe('AccessDenied');
  const other = getObjectExample('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
  expect(code((await send('/test.txt', { ...other, authorization: other.authorization.replace('AKIAIOSFODNN7EXAMPLE', 'AKIAOTHER') })).body)).toBe('InvalidAccessKeyId');
  expect(code((await send('/test.txt', { ...other, 'x-amz-date': '20130524T010000Z' })).body)).toBe('RequestTimeTooSkewed');
});

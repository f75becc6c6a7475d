export { sendWebhook, parseRetryAfter, type DeliveryOptions, type DeliveryResult, type RetryInfo } from './webhook';
export { sendSlack, slackPayload, type SlackMessage, type SlackAttachment, type SlackField, type SlackBlock } from './slack';
export { escapeSlack, mrkdwn, renderSlackText, slackLink, SlackMarkup, type SlackText } from './mrkdwn';
export { failureMessage, notifyReportFailure, runUrl } from './report-message';

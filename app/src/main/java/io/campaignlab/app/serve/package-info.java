/**
 * The decision engine as a local HTTP service ({@code campaign-lab serve}, Javalin): {@code POST /v1/decide},
 * {@code POST /v1/feedback}, {@code GET /v1/health} and {@code GET /v1/metrics}, behind the workspace's API key, with
 * strict request parsing (a 4xx with a one-line JSON reason for any bad input) and a clean shutdown that flushes the
 * decision log.
 */
package io.campaignlab.app.serve;

/** {@code drift}: a run's feature and score drift against another dataset or a time window. */
package io.campaignlab.app.cli.monitor;

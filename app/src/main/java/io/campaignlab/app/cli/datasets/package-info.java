/**
 * Commands on datasets: {@code import}, {@code datasets}, {@code profile}, {@code rejections} and {@code simulate}.
 */
package io.campaignlab.app.cli.datasets;

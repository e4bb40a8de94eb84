/**
 * Click and conversion models as recorded runs: {@code train}, {@code runs}, {@code evaluate}, {@code score} and
 * {@code reproduce}, with their feature arguments and JSON shapes.
 */
package io.campaignlab.app.cli.models;

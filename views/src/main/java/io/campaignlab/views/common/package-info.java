/**
 * The widget kit every section is built from: table columns ({@code Columns}), the selection kept in step with a view
 * model ({@code Selections}), section headers, a setting field with its tooltip and validation ({@code ParamField}),
 * a choice's title and help ({@code Caption}), the dialog service and the last-resort error handler, number and
 * duration formats.
 */
package io.campaignlab.views.common;

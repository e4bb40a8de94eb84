/**
 * Excel workbooks ({@code .xlsx}): each sheet is streamed (Apache POI's SAX reader, so a big sheet never sits in
 * memory) into plain CSV, which then goes through the same sniffing, typing and rejections as any text file.
 */
package io.campaignlab.engine.importing.excel;

/**
 * Reading a file as delimited text: the file itself (compression, byte-order mark, charset, and whether it is text
 * at all), its dialect (delimiter, quote, header), the FastCSV configuration every reader shares, the sample the
 * sniffer reads, and which physical lines each parsed record covers.
 */
package io.campaignlab.engine.importing.csv;

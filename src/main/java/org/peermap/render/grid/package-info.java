/**
 * The people-by-incidents grid: who is in it and in which order ({@code GridOrder}, a seriation that puts
 * people at the same incidents together), its pages at the paper's size ({@code GridRenderer}, which also
 * splits rows and columns over pages) and the drawing of one page ({@code GridPage}). The Markdown table
 * of the appendix is {@code org.peermap.render.AppendixGrid}, in the same row order.
 */
package org.peermap.render.grid;

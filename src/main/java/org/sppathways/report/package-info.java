/**
 * HTML and Markdown reports with SVG pictures, written from analysis results.
 */
@NullMarked
package org.sppathways.report;

import org.jspecify.annotations.NullMarked;

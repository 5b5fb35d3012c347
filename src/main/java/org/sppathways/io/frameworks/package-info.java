/**
 * Importers of published occupational frameworks — O*NET ({@link
 * org.sppathways.io.frameworks.OnetImporter}) and ESCO ({@link
 * org.sppathways.io.frameworks.EscoImporter}) — into ordinary
 * {@link org.sppathways.model.WorkforceModel}s, and {@link
 * org.sppathways.io.frameworks.ModelMerge} to combine such a model with the bundled reference
 * model or a local one.
 *
 * <pre>{@code
 * ImportedModel onet = OnetImporter.of().read(Path.of("onet-29.2"));
 * ModelWriter.yaml().write(onet.model(), Path.of("onet.yaml"));
 * List<String> skipped = onet.report().skipped().stream()
 *     .map(s -> s.rows() + " rows: " + s.reason()).toList();
 * }</pre>
 *
 * <h2>Design notes</h2>
 * <ul>
 *   <li>Importers stream each file once (Jackson's CSV parser) and keep only what the model
 *       needs; files may be gzip-compressed; a UTF-8 byte order mark, blank lines and quoted
 *       multi-line fields are handled.</li>
 *   <li>Options are immutable values with documented defaults, changed with {@code with...}
 *       copies that reject bad values at once. Importers, options, reports and merges are
 *       immutable and thread-safe.</li>
 *   <li>Errors: a missing file or required column stops the import with one
 *       {@link org.sppathways.model.ModelException} naming each file and column; bad rows are
 *       collected with file, line and column and reported together, or skipped and counted when
 *       the options say so. Nothing here prints or logs.</li>
 *   <li>Every imported model carries the framework's required credit line in its
 *       {@code sources} and the mapping used in its {@code notes}: keep them when you ship it.</li>
 *   <li>Null policy: no method accepts or returns {@code null}.</li>
 * </ul>
 */
@NullMarked
package org.sppathways.io.frameworks;

import org.jspecify.annotations.NullMarked;

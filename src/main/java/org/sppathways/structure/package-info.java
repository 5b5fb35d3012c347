/**
 * Workforce structure analytics for researchers and commissioners: where careers stall and who
 * supports whom. Everything starts from {@link org.sppathways.structure.StructureAnalysis}, built
 * once per model:
 *
 * <ul>
 *   <li><b>progression ceilings</b> — the highest role reachable from each entry role while
 *       staying with one type of employer, and what crossing types adds
 *       ({@link org.sppathways.structure.Ceiling}, {@link org.sppathways.structure.CrossingGain});</li>
 *   <li><b>dead ends and plateaus</b> — roles with no route up, and roles whose only way up is to
 *       change employer type ({@link org.sppathways.structure.DeadEnd});</li>
 *   <li><b>bottlenecks</b> — betweenness centrality of roles (Brandes' algorithm over int arrays),
 *       roles that every path from entry to senior roles passes through, and the minimum cuts
 *       between them ({@link org.sppathways.structure.Bottleneck},
 *       {@link org.sppathways.structure.CriticalRole}, {@link org.sppathways.structure.MinimumCut});</li>
 *   <li><b>support gaps</b> — which support structures holders of each role typically have or
 *       lack, and senior roles whose employers lack management training or supervision
 *       ({@link org.sppathways.structure.RoleSupport}, {@link org.sppathways.structure.SupportGap});</li>
 *   <li><b>workload</b> — the share of people working beyond contract and the mean excess, by
 *       organisation type and seniority ({@link org.sppathways.structure.Workload});</li>
 *   <li><b>distance matrices</b> in steps or months between all roles, and path-length
 *       distributions ({@link org.sppathways.structure.DistanceMatrix});</li>
 *   <li><b>comparisons</b> of two organisation types or two models side by side
 *       ({@link org.sppathways.structure.StructureProfile},
 *       {@link org.sppathways.structure.Comparison}).</li>
 * </ul>
 *
 * <h2>Design notes</h2>
 * <ul>
 *   <li>Results are immutable records (or, for the matrix, an immutable class); lists are in a
 *       documented, deterministic order with ties broken by id.</li>
 *   <li>Null policy: no method accepts or returns {@code null}; absent values are
 *       {@link java.util.Optional}, {@link java.util.OptionalInt} or
 *       {@link java.util.OptionalDouble}, absent collections are empty.</li>
 *   <li>Unknown ids raise {@link org.sppathways.model.UnknownIdException} naming the id.</li>
 *   <li>The analyses never print and never log; the command line formats their results.</li>
 * </ul>
 */
@NullMarked
package org.sppathways.structure;

import org.jspecify.annotations.NullMarked;

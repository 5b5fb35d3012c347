/** Internals of the readers: not part of the API and subject to change without notice. */
package org.sppathways.io.internal;

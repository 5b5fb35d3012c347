/** Internals shared by the model types: not part of the API and subject to change without notice. */
package org.sppathways.model.internal;

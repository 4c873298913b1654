/** The embedding surface of the engine: the only package the runtime imports. */
package dev.islet.api;

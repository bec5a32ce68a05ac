/** Benchmarks as plain programs printing tables: checking, fixing, decoding, start-up. */
package org.gradphoto.bench;

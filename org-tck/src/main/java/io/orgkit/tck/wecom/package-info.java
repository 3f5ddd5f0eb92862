/**
 * A WeCom (企业微信) simulator on the simulator kit {@link io.orgkit.tck.sim}: {@code qyapi}'s token, department
 * and user reads, {@code auth/getuserinfo} and the web login page, WeCom's error codes, switches for the 2022
 * field restriction, the trusted-IP check and permissions, and signed, encrypted change callbacks.
 */
@NullMarked
package io.orgkit.tck.wecom;

import org.jspecify.annotations.NullMarked;

/**
 * Portal: the night's static site served on the intranet to logged-in users, each role seeing only what it may
 * ({@link com.dangjian.portal.access.SiteAccess}). Spring Boot's embedded server and Spring Security do the HTTP,
 * sessions, login form, CSRF and LDAP; this module decides who sees what, keeps the access log and manages the users
 * file. May import: contracts, Spring Boot, Spring Security. Never Spark, Spring Batch, the warehouse or the
 * dashboards (it serves their files; it does not generate them).
 */
package com.dangjian.portal;

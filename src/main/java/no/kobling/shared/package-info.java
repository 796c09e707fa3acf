/**
 * Shared kernel: error model, clock, paging and web layout support used by every module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package no.kobling.shared;

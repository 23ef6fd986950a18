/**
 * DICOM for Custodian: read object headers, check objects, talk to remote DICOM nodes.
 *
 * <p>Only small interfaces and records live here. The toolkit behind them (PixelMed today) is hidden
 * in a package this bundle does not export, so that no other bundle ever depends on a toolkit class
 * and the toolkit can be replaced without touching the perspectives: {@code org.dcm4che} is not on
 * Maven Central, and PixelMed's API is neither small nor stable enough to spread through the code.
 *
 * <p>In OSGi, get the services injected ({@link org.custodian.dicom.DicomObjectReader},
 * {@link org.custodian.dicom.DicomNetwork} are Declarative Services components). Outside OSGi
 * (command line, plain tests) use {@link org.custodian.dicom.Dicom}.
 */
package org.custodian.dicom;

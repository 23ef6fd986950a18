package org.custodian.demo.trust;

/** One imaging study of the month: ordered, acquired, reported and looked at. */
final class Study {
	final String uid;
	final String accession;
	final int instances;
	final String modality;
	final String examCode;
	final String examName;

	Study(String uid, String accession, int instances, String modality, String examCode, String examName) {
		this.uid = uid;
		this.accession = accession;
		this.instances = instances;
		this.modality = modality;
		this.examCode = examCode;
		this.examName = examName;
	}
}

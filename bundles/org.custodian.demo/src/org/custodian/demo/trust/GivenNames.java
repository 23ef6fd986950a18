package org.custodian.demo.trust;

import java.util.Random;

/**
 * Given names by sex, commonest first, drawn with a falling weight so that a few names are frequent (as with
 * surnames, staff and patients often share a first name). A mix across the generations of a trust's patients;
 * the lists are illustrative, not a frequency table.
 */
final class GivenNames {
	private static final String[] FEMALE = ("MARGARET SUSAN SARAH ELIZABETH MARY PATRICIA JULIE CLAIRE EMMA HELEN"
			+ " KAREN LINDA JANET JOANNE RACHEL NICOLA AMY LAURA JESSICA SOPHIE OLIVIA CHLOE EMILY GRACE HANNAH LUCY"
			+ " CHARLOTTE AMELIA ISLA AVA MIA JEAN DOROTHY BARBARA CAROL ANNE GILLIAN DEBORAH JACQUELINE ANGELA FATIMA"
			+ " AISHA AMINA PRIYA SITA ZARA NADIA RUTH ALICE FREYA RUBY EVIE MOLLY KATIE GEMMA KELLY LOUISE").split(" ");
	private static final String[] MALE = ("DAVID JOHN MICHAEL PAUL ANDREW PETER JAMES ROBERT MARK RICHARD STEPHEN"
			+ " CHRISTOPHER DANIEL THOMAS WILLIAM GEORGE MATTHEW ANTHONY KEVIN GARY IAN ALAN BRIAN KEITH COLIN TERENCE"
			+ " OLIVER HARRY JACK NOAH OSCAR LEO ARTHUR CHARLIE JOSHUA LIAM RYAN JAMIE CONNOR MOHAMMED MUHAMMAD AHMED"
			+ " ALI IMRAN RAJ SANJAY ARJUN HASSAN OMAR KWAME SAMUEL BENJAMIN LUKE ADAM SIMON GRAHAM NEIL").split(" ");

	private GivenNames() {
	}

	static String draw(Random random, char sex) {
		String[] names = sex == 'F' ? FEMALE : MALE;
		// the square of a uniform draw favours the front of the list
		double u = random.nextDouble();
		return names[(int) (u * u * names.length)];
	}
}

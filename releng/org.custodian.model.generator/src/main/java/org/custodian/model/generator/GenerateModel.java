package org.custodian.model.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the EMF model code of a model bundle outside the IDE: {@code GenerateModel <bundle folder>}.
 * <p>
 * Reads {@code <bundle>/model/custodian.genmodel} (and the .ecore it names) and makes {@code <bundle>/src-gen}
 * hold exactly the generated Java: files that are no longer generated are removed, unchanged files are not
 * rewritten. Nothing else of the bundle is touched: its MANIFEST.MF, plugin.xml and build.properties are
 * hand-written, so the generator runs in a throw-away project folder and only src-gen is copied back.
 * <p>
 * Before generating, the genmodel is reloaded from the .ecore as the IDE's "Reload" does (a fresh genmodel for
 * the current .ecore that keeps every setting of the committed one). Without that, a class or attribute added to
 * the .ecore but missing from the genmodel would silently be left out of the generated code. When the reload
 * changes the genmodel, the file is rewritten and the change must be committed with the code.
 * <p>
 * The output depends only on the two model files: EMF's templates write no dates, and files are compared and
 * written as bytes.
 */
public final class GenerateModel {

	/** The genmodel, relative to the bundle folder. */
	static final String GENMODEL = "model/custodian.genmodel";
	/** The generated source folder, relative to the bundle folder; the genmodel's modelDirectory must end so. */
	static final String SRC_GEN = "src-gen";

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1 || args[0].isBlank()) {
			throw new IllegalArgumentException(
					"usage: GenerateModel <bundle folder containing " + GENMODEL + "> (got " + Arrays.toString(args) + ")");
		}
		Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
		Path genModelFile = bundle.resolve(GENMODEL);
		if (!Files.isRegularFile(genModelFile)) {
			throw new IllegalArgumentException("no genmodel at " + genModelFile);
		}
		registerStandalone();
		ResourceSet resources = new ResourceSetImpl();
		GenModel genModel = reload(resources, genModelFile);
		String project = projectOf(genModel);

		Path work = Files.createTempDirectory("custodian-model-gen");
		try {
			generate(genModel, project, work);
			int[] counts = mirror(work.resolve(SRC_GEN), bundle.resolve(SRC_GEN));
			System.out.printf("src-gen: %d files written, %d unchanged, %d removed%n", counts[0], counts[1], counts[2]);
		} finally {
			deleteTree(work);
		}
	}

	/**
	 * What the Eclipse extension registry does inside the IDE. Without the generator adapter factory descriptor,
	 * generation silently produces nothing.
	 */
	private static void registerStandalone() {
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		// the IDE reads and writes .genmodel files with the Ecore factory too (UTF-8, same layout)
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
		EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
	}

	/**
	 * Builds a genmodel for the current .ecore with the settings of the committed one, and writes it back if it
	 * differs (that is, if the committed genmodel was stale).
	 */
	private static GenModel reload(ResourceSet resources, Path genModelFile) throws IOException {
		URI uri = URI.createFileURI(genModelFile.toString());
		GenModel committed = (GenModel) resources.getResource(uri, true).getContents().get(0);
		List<EPackage> packages = new ArrayList<>();
		for (GenPackage genPackage : committed.getGenPackages()) {
			EPackage ePackage = genPackage.getEcorePackage();
			if (ePackage == null || ePackage.eIsProxy()) {
				throw new IllegalStateException("the genmodel names an .ecore that cannot be read: " + genModelFile);
			}
			packages.add(ePackage);
		}

		GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
		// A second resource with the same URI, so that references to the .ecore are saved relative to model/.
		Resource freshResource = resources.createResource(uri);
		freshResource.getContents().add(fresh);
		fresh.initialize(packages);
		if (!fresh.reconcile(committed)) {
			throw new IllegalStateException("the genmodel does not match the packages of its .ecore: " + genModelFile);
		}
		// reconcileSettings leaves these two to the importer
		fresh.setImporterID(committed.getImporterID());
		fresh.getForeignModel().addAll(committed.getForeignModel());

		byte[] reloaded = save(freshResource);
		if (!Arrays.equals(reloaded, Files.readAllBytes(genModelFile))) {
			Files.write(genModelFile, reloaded);
			System.out.println("reloaded " + genModelFile + " from its .ecore: commit it with the generated code");
		}
		return fresh;
	}

	private static byte[] save(Resource resource) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, null);
		return out.toByteArray();
	}

	/** "/org.custodian.model/src-gen" gives "org.custodian.model"; anything else is refused. */
	private static String projectOf(GenModel genModel) {
		String dir = genModel.getModelDirectory();
		String[] parts = dir == null ? new String[0] : dir.split("/");
		if (parts.length != 3 || !parts[0].isEmpty() || !SRC_GEN.equals(parts[2])) {
			throw new IllegalStateException("modelDirectory must be /<project>/" + SRC_GEN + ", not " + dir);
		}
		return parts[1];
	}

	/** Generates the model code into {@code work}, which stands in for the Eclipse project. */
	private static void generate(GenModel genModel, String project, Path work) {
		URI root = URI.createFileURI(work.toString() + "/");
		EcorePlugin.getPlatformResourceMap().put(project, root);
		URIConverter.URI_MAP.put(URI.createPlatformResourceURI("/" + project + "/", false), root);

		genModel.reconcile();
		genModel.setCanGenerate(true);
		Diagnostic check = genModel.diagnose();
		if (check.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("the genmodel is not valid: " + describe(check));
		}
		Generator generator = new Generator();
		generator.setInput(genModel);
		// MODEL_PROJECT_TYPE only: no edit, editor or tests code.
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor());
		if (result.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("generation failed: " + describe(result));
		}
		if (!Files.isDirectory(work.resolve(SRC_GEN))) {
			throw new IllegalStateException("the generator wrote no " + SRC_GEN + " (is the genmodel empty?)");
		}
	}

	private static String describe(Diagnostic d) {
		StringBuilder sb = new StringBuilder(String.valueOf(d.getMessage()));
		for (Diagnostic child : d.getChildren()) {
			sb.append(System.lineSeparator()).append("  ").append(describe(child));
		}
		return sb.toString();
	}

	/**
	 * Makes {@code target} hold exactly the files of {@code source}. Returns {written, unchanged, removed}.
	 * Unchanged files keep their time stamps, so an IDE or build does not recompile them for nothing.
	 */
	static int[] mirror(Path source, Path target) throws IOException {
		Set<Path> generated = relativeFiles(source);
		int written = 0, unchanged = 0, removed = 0;
		for (Path rel : generated) {
			Path from = source.resolve(rel);
			Path to = target.resolve(rel);
			byte[] content = Files.readAllBytes(from);
			if (Files.isRegularFile(to) && Arrays.equals(content, Files.readAllBytes(to))) {
				unchanged++;
			} else {
				Files.createDirectories(to.getParent());
				Files.write(to, content);
				written++;
			}
		}
		if (Files.isDirectory(target)) {
			for (Path rel : relativeFiles(target)) {
				if (!generated.contains(rel)) {
					Files.delete(target.resolve(rel));
					removed++;
				}
			}
			removeEmptyFolders(target);
		}
		return new int[] { written, unchanged, removed };
	}

	private static Set<Path> relativeFiles(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			Set<Path> result = new TreeSet<>();
			files.filter(Files::isRegularFile).forEach(f -> result.add(dir.relativize(f)));
			return result;
		}
	}

	private static void removeEmptyFolders(Path dir) throws IOException {
		try (Stream<Path> all = Files.walk(dir)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				if (!p.equals(dir) && Files.isDirectory(p)) {
					try (Stream<Path> children = Files.list(p)) {
						if (children.findAny().isEmpty()) {
							Files.delete(p);
						}
					}
				}
			}
		}
	}

	private static void deleteTree(Path dir) {
		try (Stream<Path> all = Files.walk(dir)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot remove the temporary folder " + dir, e);
		}
	}
}
